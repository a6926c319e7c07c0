<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/picture_choice.py" line="22"/>
        <source>Choose a picture</source>
        <translation>Scegli un&apos;immagine</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="24"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="31"/>
        <source>Cannot use this picture</source>
        <translation>Impossibile usare questa immagine</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="63"/>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="128"/>
        <source>Equipment: {items}</source>
        <translation>Attrezzatura: {items}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="129"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="214"/>
        <location filename="../ui/print_sheet.py" line="240"/>
        <source>cannot write {file}</source>
        <translation>impossibile scrivere {file}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="271"/>
        <source>Open a routine in the player first.</source>
        <translation>Apri prima una routine nel player.</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="276"/>
        <source>Export a sheet to print</source>
        <translation>Esporta una scheda da stampare</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="288"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
</context>
<context>
    <name>BestsModel</name>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Best hold</source>
        <translation>Tenuta migliore</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Set on</source>
        <translation>Stabilito il</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
</context>
<context>
    <name>BestsView</name>
    <message>
        <location filename="../ui/history/bests.py" line="70"/>
        <source>Personal bests</source>
        <translation>Record personali</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="82"/>
        <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
        <translation>Ancora nessuna tenuta massima. Un passo con durata max conta in avanti finché non premi Invio; qui compare la tenuta più lunga di ogni esercizio.</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="88"/>
        <source>The longest you held each max hold (steps that count up).</source>
        <translation>La tenuta più lunga per ogni tenuta massima (i passi che contano in avanti).</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="219"/>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="227"/>
        <source>Block name</source>
        <translation>Nome del blocco</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>optional, e.g. Seat circuit</source>
        <translation>facoltativo, es. Circuito glutei</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="229"/>
        <source>Rest between rounds</source>
        <translation>Recupero tra i giri</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="233"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation>Trascina i passi dentro o fuori dal blocco, oppure usa Sposta su e Sposta giù accanto.</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>Repea&amp;t</source>
        <translation>R&amp;ipeti</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="241"/>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="242"/>
        <source>Rest between ro&amp;unds</source>
        <translation>Rec&amp;upero tra i giri</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="257"/>
        <source>default ({rest})</source>
        <translation>predefinito ({rest})</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="56"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Aggiungi un passo dal catalogo degli esercizi</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="63"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="78"/>
        <source>Search the catalog</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="79"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation>Cerca per nome, tipo, muscolo o indicazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="85"/>
        <source>About the exercise</source>
        <translation>Informazioni sull&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="92"/>
        <source>&amp;Add step</source>
        <translation>&amp;Aggiungi passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="100"/>
        <source>Exercise figure</source>
        <translation>Figura dell&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="127"/>
        <source>No exercise matches the search.</source>
        <translation>Nessun esercizio corrisponde alla ricerca.</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="131"/>
        <source>Safety: {text}</source>
        <translation>Sicurezza: {text}</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="99"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="105"/>
        <source>Total: {value}</source>
        <translation>Totale: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="110"/>
        <source>Nothing recorded</source>
        <translation>Niente di registrato</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="119"/>
        <source>Nothing to show yet.</source>
        <translation>Ancora niente da mostrare.</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="240"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="244"/>
        <location filename="../ui/editor/panes.py" line="254"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="253"/>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="272"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Nessun problema: la routine si può salvare.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="275"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation>⚠ Non si può ancora salvare: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="277"/>
        <source>(and {count} more)</source>
        <translation>(e altri {count})</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/ring.py" line="77"/>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="37"/>
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln giro</numerusform>
            <numerusform>%Ln giri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="40"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln passo</numerusform>
            <numerusform>%Ln passi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="43"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="46"/>
        <source>%Ln interval(s)</source>
        <translation>
            <numerusform>%Ln intervallo</numerusform>
            <numerusform>%Ln intervalli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="49"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="52"/>
        <source>week(s) in a row</source>
        <translation>
            <numerusform>settimana di fila</numerusform>
            <numerusform>settimane di fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="56"/>
        <source>time(s)</source>
        <translation>
            <numerusform>volta</numerusform>
            <numerusform>volte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="105"/>
        <source>Routine being edited</source>
        <extracomment>&quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation>Routine in modifica</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="107"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="279"/>
        <source>Not saved yet: Save writes it to {folder}</source>
        <translation>Non ancora salvata: Salva la scrive in {folder}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="171"/>
        <source>My routine</source>
        <translation>La mia routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="268"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="284"/>
        <source>Not saved yet</source>
        <translation>Non ancora salvata</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="286"/>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="287"/>
        <source>{title} – barretimer editor</source>
        <translation>{title} – editor di barretimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="56"/>
        <source>line {line}: {message}</source>
        <translation>riga {line}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="65"/>
        <source>… and {count} more</source>
        <translation>… e altri {count}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="43"/>
        <source>Save routine as</source>
        <translation>Salva routine con nome</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="19"/>
        <source>Routines (*.yaml *.yml)</source>
        <extracomment>How many problems a message lists before &quot;and N more&quot;.</extracomment>
        <translation>Routine (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="23"/>
        <source>Open routine</source>
        <translation>Apri routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="29"/>
        <source>Import routine</source>
        <translation>Importa routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="30"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation>Routine e allenamenti di altri timer (*.yaml *.yml *.json *.feeel)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="37"/>
        <source>Export routine</source>
        <translation>Esporta routine</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../ui/editor/toolbar.py" line="38"/>
        <source>Editor actions</source>
        <translation>Azioni dell&apos;editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="78"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>Annu&amp;lla</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="95"/>
        <source>&amp;Try it</source>
        <translation>Pr&amp;ova</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="97"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation>Prova la routine dal passo selezionato (Ctrl+Invio)</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/end_panel.py" line="34"/>
        <source>Workout ended</source>
        <translation>Allenamento terminato</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="35"/>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="36"/>
        <source>Back to the library</source>
        <translation>Torna alla libreria</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="37"/>
        <source>Play again</source>
        <translation>Ripeti allenamento</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Well done!</source>
        <translation>Ottimo lavoro!</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Stopped</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="85"/>
        <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
        <translation>{name}: {done} di {planned}, {steps} su {intervals} fatti, {skipped} saltati.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="96"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation>Appoggi: sinistra {left}, destra {right}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="100"/>
        <source>New personal best: {exercise}, {time}.</source>
        <translation>Nuovo record personale: {exercise}, {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="104"/>
        <source>This try was not saved in the history.</source>
        <translation>Questa prova non è stata salvata nello storico.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="106"/>
        <source>Saved in your history.</source>
        <translation>Salvato nel tuo storico.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercises/detail.py" line="62"/>
        <source>Used in</source>
        <extracomment>What a &quot;used in&quot; line opens: a routine&apos;s path, or None for a plan (shown in the Library).</extracomment>
        <translation>Usato in</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="68"/>
        <source>Routines and plans that use this exercise</source>
        <translation>Routine e piani che usano questo esercizio</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="70"/>
        <location filename="../ui/exercises/detail.py" line="72"/>
        <source>Add to a routine</source>
        <translation>Aggiungi a una routine</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="71"/>
        <source>Open the editor with this exercise added</source>
        <translation>Apri l&apos;editor con questo esercizio aggiunto</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="114"/>
        <source>Safety: {line}</source>
        <translation>Sicurezza: {line}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="119"/>
        <source>Equipment: {items}</source>
        <translation>Attrezzatura: {items}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="120"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="125"/>
        <source>Routine: {name}</source>
        <translation>Routine: {name}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="130"/>
        <source>Plan: {plan} (in {routine})</source>
        <translation>Piano: {plan} (in {routine})</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="137"/>
        <source>No routine uses it yet.</source>
        <translation>Nessuna routine lo usa ancora.</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterBar</name>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="23"/>
        <location filename="../ui/exercises/filter_bar.py" line="24"/>
        <source>Search the exercises</source>
        <translation>Cerca negli esercizi</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Any muscle</source>
        <translation>Qualsiasi muscolo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Muscle group</source>
        <translation>Gruppo muscolare</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="30"/>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="32"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="35"/>
        <source>Any equipment</source>
        <translation>Qualsiasi attrezzatura</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="37"/>
        <source>Equipment</source>
        <translation>Attrezzatura</translation>
    </message>
</context>
<context>
    <name>ExerciseNotes</name>
    <message>
        <location filename="../ui/exercise_notes.py" line="23"/>
        <source>Needs: {things}</source>
        <extracomment>How long after an interval changes the player&apos;s notes on the next exercise appear or go.</extracomment>
        <translation>Occorrente: {things}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="42"/>
        <source>What it needs</source>
        <translation>Cosa serve</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="43"/>
        <source>How it is done</source>
        <translation>Come si fa</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="44"/>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="95"/>
        <source>Safety: {line}</source>
        <translation>Sicurezza: {line}</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Exercise</source>
        <extracomment>The exercise behind a row (any column). The page imports one item&apos;s word under this name.</extracomment>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Muscles</source>
        <translation>Muscoli</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Equipment</source>
        <translation>Attrezzatura</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../ui/exercises/page.py" line="54"/>
        <location filename="../ui/exercises/page.py" line="86"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location filename="../ui/exercises/page.py" line="149"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} esercizi su {total}</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../ui/editor/checks.py" line="34"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="36"/>
        <source>Step {position}</source>
        <translation>Passo {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="39"/>
        <source>Block {position} ({title})</source>
        <translation>Blocco {position} ({title})</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="42"/>
        <source>Step {position} ({name})</source>
        <translation>Passo {position} ({name})</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <location filename="../ui/player/history_notes.py" line="98"/>
        <source>New best! Your best was {time}.</source>
        <translation>Nuovo record! Il tuo record era {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/history_notes.py" line="99"/>
        <source>Your best: {time}</source>
        <translation>Il tuo record: {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="60"/>
        <source>History views</source>
        <translation>Viste dello storico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="61"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioni</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="63"/>
        <source>&amp;Trends</source>
        <translation>A&amp;ndamento</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>Personal &amp;bests</source>
        <translation>Record &amp;personali</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>&amp;Details…</source>
        <translation>D&amp;ettagli…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="93"/>
        <source>Open the selected session</source>
        <translation>Apri la sessione selezionata</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;limina…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Delete the selected session</source>
        <translation>Elimina la sessione selezionata</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>Undo the last change to the history</source>
        <translation>Annulla l&apos;ultima modifica allo storico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>E&amp;xport CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="106"/>
        <source>Export the history to a CSV file</source>
        <translation>Esporta lo storico in un file CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="107"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="108"/>
        <source>Import sessions from a CSV file</source>
        <translation>Importa sessioni da un file CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="111"/>
        <source>Number of sessions shown</source>
        <translation>Numero di sessioni mostrate</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="114"/>
        <source>Sort sessions by</source>
        <translation>Ordina le sessioni per</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="117"/>
        <source>Newest first</source>
        <translation>Più recenti prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="118"/>
        <source>Oldest first</source>
        <translation>Meno recenti prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="119"/>
        <source>Routine A to Z</source>
        <translation>Routine dalla A alla Z</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="120"/>
        <source>Longest first</source>
        <translation>Più lunghe prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="121"/>
        <source>Shortest first</source>
        <translation>Più brevi prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="122"/>
        <source>Hardest first</source>
        <translation>Più dure prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="123"/>
        <source>Easiest first</source>
        <translation>Più facili prima</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="126"/>
        <source>Sor&amp;t:</source>
        <translation>&amp;Ordina:</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="287"/>
        <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
        <translation>Scritte {sessions} in {file}, e i loro passi in {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="209"/>
        <source>1 session matches</source>
        <translation>1 sessione corrisponde</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="211"/>
        <source>{n} sessions match</source>
        <translation>{n} sessioni corrispondono</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="260"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="286"/>
        <source>Export history</source>
        <translation>Esporta lo storico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="295"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="279"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation>Impossibile scrivere lo storico in {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="295"/>
        <location filename="../ui/history/page.py" line="315"/>
        <source>Import history</source>
        <translation>Importa lo storico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="321"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Non è stato importato nulla. {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="324"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Non è stato importato nulla: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="316"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation>Aggiunte {added} sessioni; {skipped} erano già nello storico.</translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="165"/>
        <source>Workout progress</source>
        <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window&apos;s colour.</extracomment>
        <translation>Avanzamento dell&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../ui/player/strip.py" line="186"/>
        <source>Interval {n} of {count}</source>
        <translation>Intervallo {n} di {count}</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="182"/>
        <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
        <translation>Seleziona un passo o un blocco ripetuto per modificarlo, oppure aggiungine uno con i pulsanti sotto i passi.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="209"/>
        <source>Step {position}</source>
        <translation>Passo {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="213"/>
        <source>Repeat block {position}</source>
        <translation>Blocco ripetuto {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="216"/>
        <source>Selected item</source>
        <translation>Elemento selezionato</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="116"/>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="86"/>
        <source>Quick timer…</source>
        <translation>Timer rapido…</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="88"/>
        <source>Rounds of work and rest, or one max hold, without writing a routine</source>
        <translation>Giri di lavoro e recupero, o una tenuta massima, senza scrivere una routine</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="111"/>
        <source>Reading the routines...</source>
        <translation>Lettura delle routine...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/pages.py" line="123"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="151"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation>Lo storico non è utilizzabile: {problem}. Gli allenamenti partono ma non vengono salvati.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation>Il database dello storico era danneggiato; è stato spostato in {path} e ne è stato creato uno nuovo.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="121"/>
        <source>The routine editor could not start.</source>
        <translation>Impossibile avviare l&apos;editor delle routine.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="145"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation>Impossibile aprire lo storico (vedi l&apos;avviso sopra).</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="149"/>
        <source>The history view could not start.</source>
        <translation>Impossibile avviare la vista dello storico.</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>barretimer mini view</source>
        <translation>Vista mini di barretimer</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="33"/>
        <source>Mini view</source>
        <translation>Vista mini</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="39"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="41"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="60"/>
        <source>Nothing playing</source>
        <translation>Niente in corso</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="69"/>
        <source>Workout complete</source>
        <translation>Allenamento completato</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="71"/>
        <source>Workout stopped</source>
        <translation>Allenamento fermato</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="95"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
</context>
<context>
    <name>NewExerciseCard</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="47"/>
        <source>Figure: {name}</source>
        <extracomment>The figure beside each new exercise (pixels).</extracomment>
        <translation>Figura: {name}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="25"/>
        <source>Dismiss the notice</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="28"/>
        <source>Show the details of the notice</source>
        <translation>Mostra i dettagli dell&apos;avviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="48"/>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="77"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/remote/notify.py" line="59"/>
        <source>Workout done</source>
        <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
        <translation>Allenamento finito</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="60"/>
        <source>{routine}: {done}. Well done!</source>
        <translation>{routine}: {done}. Ottimo lavoro!</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="77"/>
        <source>{name}: as long as you can</source>
        <translation>{name}: più a lungo che puoi</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="78"/>
        <source>Say &quot;done&quot; with Next on your remote, or Enter in the window.</source>
        <translation>Segna &quot;fatto&quot; con Avanti sul telecomando, o premi Invio nella finestra.</translation>
    </message>
</context>
<context>
    <name>PaneSplitter</name>
    <message>
        <location filename="../ui/editor/arrangement.py" line="25"/>
        <source>Selected item and checks</source>
        <translation>Elemento selezionato e controlli</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="83"/>
        <source>Routine</source>
        <extracomment>The widths two and three panes need with roomy forms (kept while compact).</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="84"/>
        <source>Selected item</source>
        <translation>Elemento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="85"/>
        <location filename="../ui/editor/arrangement.py" line="111"/>
        <source>Summary and problems</source>
        <translation>Riepilogo e problemi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/arrangement.py" line="109"/>
        <source>Summary and problems (%n)</source>
        <translation>
            <numerusform>Riepilogo e problemi (%n)</numerusform>
            <numerusform>Riepilogo e problemi (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceList</name>
    <message>
        <location filename="../ui/window/places.py" line="41"/>
        <source>Places</source>
        <extracomment>Room around each place&apos;s name: across, then down (each side).</extracomment>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="44"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="62"/>
        <source>Your plan</source>
        <translation>Il tuo piano</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="71"/>
        <source>What is next in your plan</source>
        <translation>Cosa viene dopo nel tuo piano</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="78"/>
        <source>About this week</source>
        <translation>Su questa settimana</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="87"/>
        <location filename="../ui/plan_panel.py" line="153"/>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="88"/>
        <source>Follow this plan</source>
        <translation>Segui questo piano</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="90"/>
        <source>Stop following</source>
        <translation>Smetti di seguirlo</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="155"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation>Segui un piano e qui vedrai cosa fare ogni settimana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="160"/>
        <source>{name} ({weeks} weeks)</source>
        <translation>{name} ({weeks} settimane)</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="167"/>
        <source>Your plan: {name}</source>
        <translation>Il tuo piano: {name}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="175"/>
        <source>Start {routine}</source>
        <translation>Inizia {routine}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="185"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation>Tutte le {weeks} settimane completate. Ottimo lavoro!</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="189"/>
        <source>{first}, then {last}</source>
        <translation>{first}, poi {last}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="192"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation>Settimana {week} di {weeks}: {sessions}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="196"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation>Tutto fatto questa settimana; la settimana {next} inizia {day}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="200"/>
        <source>{done} of {count} done this week.</source>
        <translation>{done} su {count} fatte questa settimana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="204"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation>Una pausa di tre settimane ha riportato il piano indietro di una settimana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="237"/>
        <source>The plan could not be saved: {problem}</source>
        <translation>Impossibile salvare il piano: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="95"/>
        <source>Exercise figure</source>
        <translation>Figura dell&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="47"/>
        <source>Round</source>
        <extracomment>Room mode&apos;s text sizes as shares of the screen&apos;s height (font pixel size): what reads from 3 m. The countdown&apos;s digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
        <translation>Giro</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="48"/>
        <source>Workout time</source>
        <translation>Tempo dell&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="49"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="50"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="51"/>
        <source>Cue</source>
        <translation>Indicazione</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="52"/>
        <source>Next up</source>
        <translation>Prossimo</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="53"/>
        <source>Touchdowns</source>
        <translation>Appoggi</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="156"/>
        <source>{side} side</source>
        <translation>{side}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="163"/>
        <source>Press Enter when you are done.</source>
        <translation>Premi Invio quando hai finito.</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="169"/>
        <source>Next up: {name}</source>
        <translation>Prossimo: {name}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="171"/>
        <source>Last one!</source>
        <translation>Ultimo!</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="177"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation>Appoggi (T):  ◀ sinistra {left}   ·   destra {right} ▶</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <source>Pause or go on</source>
        <translation>Pausa o riprendi</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="45"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="47"/>
        <source>Restart this interval, or go to the one before</source>
        <translation>Ricomincia questo intervallo, o torna a quello prima</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip to the next interval</source>
        <translation>Passa all&apos;intervallo successivo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="53"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="59"/>
        <source>Add 10 seconds to this interval</source>
        <translation>Aggiungi 10 secondi a questo intervallo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="62"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="68"/>
        <source>Finish this max hold now</source>
        <translation>Termina ora questa tenuta massima</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Touchdown</source>
        <translation>Appoggio</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Count a touchdown on this side</source>
        <translation>Conta un appoggio su questo lato</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <location filename="../ui/player/controls.py" line="140"/>
        <source>Voice on</source>
        <translation>Voce attiva</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <source>Mute or unmute the voice</source>
        <translation>Disattiva o riattiva la voce</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <location filename="../ui/player/controls.py" line="148"/>
        <source>Beeps on</source>
        <translation>Bip attivi</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <source>Mute or unmute the beeps</source>
        <translation>Disattiva o riattiva i bip</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop the workout</source>
        <translation>Ferma l&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Go on</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="141"/>
        <source>Voice muted</source>
        <translation>Voce muta</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="142"/>
        <source>No voice</source>
        <translation>Nessuna voce</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="149"/>
        <source>Beeps muted</source>
        <translation>Bip muti</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="150"/>
        <source>No sound</source>
        <translation>Nessun suono</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="235"/>
        <source>This routine has nothing to play.</source>
        <translation>Questa routine non ha niente da eseguire.</translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="268"/>
        <source>A workout is playing</source>
        <translation>Un allenamento è in corso</translation>
    </message>
</context>
<context>
    <name>PlayerRun</name>
    <message>
        <location filename="../ui/player/run.py" line="72"/>
        <source>Trying it out: not saved in the history</source>
        <translation>Prova: non salvata nello storico</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="78"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation>In pausa dopo un&apos;interruzione. Premi Spazio per riprendere.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="80"/>
        <source>Paused. Press Space to go on.</source>
        <translation>In pausa. Premi Spazio per riprendere.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="134"/>
        <source>Stop the workout?</source>
        <translation>Fermare l&apos;allenamento?</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="135"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation>Fermare l&apos;allenamento ora? Quello che hai fatto finora viene salvato come fermato.</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="115"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>How the speech client&apos;s reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation>La voce è disattivata: non è riuscita ad avviarsi ({error}).</translation>
    </message>
</context>
<context>
    <name>QuickTimerDialog</name>
    <message>
        <location filename="../ui/library/quick_timer.py" line="53"/>
        <source>Quick timer</source>
        <translation>Timer rapido</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="54"/>
        <source>&amp;Rounds of work and rest</source>
        <translation>&amp;Giri di lavoro e recupero</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="55"/>
        <source>One &amp;max hold, as long as you can</source>
        <translation>Una tenuta &amp;massima, più a lungo che puoi</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="59"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="60"/>
        <source>Work, seconds</source>
        <translation>Lavoro, secondi</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="61"/>
        <source>Rest, seconds</source>
        <translation>Recupero, secondi</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="65"/>
        <source>Rounds</source>
        <translation>Giri</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="66"/>
        <source>Stop by itself after, seconds</source>
        <translation>Fermati da solo dopo, secondi</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="67"/>
        <source>only when I say done</source>
        <translation>solo quando dico fatto</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="71"/>
        <source>&amp;Exercise:</source>
        <translation>&amp;Esercizio:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="72"/>
        <source>&amp;Work:</source>
        <translation>&amp;Lavoro:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="73"/>
        <source>R&amp;est:</source>
        <translation>&amp;Recupero:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="74"/>
        <source>R&amp;ounds:</source>
        <translation>Gir&amp;i:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="75"/>
        <source>Ca&amp;p:</source>
        <translation>Limi&amp;te:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="81"/>
        <source>Save as routine</source>
        <translation>Salva come routine</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="118"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
        <translation>Timer rapido: {rounds} × {work} {exercise_lower}, {rest} di recupero</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="119"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
        <translation>Timer rapido: {rounds} × {work} {exercise_lower}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="120"/>
        <source>Quick max hold: {exercise}</source>
        <translation>Tenuta massima rapida: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="121"/>
        <source>Quick max hold: {exercise}, up to {cap}</source>
        <translation>Tenuta massima rapida: {exercise}, fino a {cap}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="122"/>
        <source>A quick timer: rounds of work and rest.</source>
        <translation>Un timer rapido: giri di lavoro e recupero.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="123"/>
        <source>A quick timer: one hold, as long as you can.</source>
        <translation>Un timer rapido: una tenuta, più a lungo che puoi.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="124"/>
        <source>quick timer</source>
        <translation>timer rapido</translation>
    </message>
</context>
<context>
    <name>ReadingStandIn</name>
    <message>
        <location filename="../ui/window/places.py" line="96"/>
        <source>Reading the routines...</source>
        <translation>Lettura delle routine...</translation>
    </message>
</context>
<context>
    <name>RoomModes</name>
    <message>
        <location filename="../ui/window/room.py" line="31"/>
        <source>&amp;Fullscreen room mode</source>
        <translation>Modalità sala a schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="35"/>
        <source>Leave room mode</source>
        <translation>Esci dalla modalità sala</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="39"/>
        <source>&amp;Mini view</source>
        <translation>Vista &amp;mini</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../ui/editor/editing.py" line="117"/>
        <source>Delete</source>
        <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step.</extracomment>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="125"/>
        <location filename="../ui/editor/editing.py" line="131"/>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="145"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="146"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="147"/>
        <source>level</source>
        <translation>livello</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="148"/>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="149"/>
        <source>max scale</source>
        <translation>scala massima</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="150"/>
        <source>default rest</source>
        <translation>recupero predefinito</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="151"/>
        <source>lead-in</source>
        <translation>preparazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="152"/>
        <source>switch time</source>
        <translation>tempo per cambiare lato</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="153"/>
        <source>countdown</source>
        <translation>conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="154"/>
        <source>exercise name</source>
        <translation>nome dell&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="155"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="156"/>
        <source>duration</source>
        <translation>durata</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="157"/>
        <source>cap</source>
        <translation>limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="158"/>
        <source>sides</source>
        <translation>lati</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="159"/>
        <source>cue</source>
        <translation>indicazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="160"/>
        <source>muscles</source>
        <translation>muscoli</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="161"/>
        <source>timed cues</source>
        <translation>indicazioni a tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="162"/>
        <source>rest</source>
        <translation>recupero</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="163"/>
        <source>repeat</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="165"/>
        <source>Change {field}</source>
        <translation>Modifica {field}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../ui/editor/files.py" line="59"/>
        <source>{file} cannot be opened:</source>
        <translation>Impossibile aprire {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="60"/>
        <source>Cannot open routine</source>
        <translation>Impossibile aprire la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="66"/>
        <source>Parts of the file were not understood</source>
        <translation>Alcune parti del file non sono state capite</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="68"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation>{file} è stato aperto, ma queste parti non sono state capite e verranno tralasciate al salvataggio:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="117"/>
        <location filename="../ui/editor/files.py" line="265"/>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Cannot save routine</source>
        <translation>Impossibile salvare la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="126"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="136"/>
        <source>{file} cannot be read:</source>
        <translation>Impossibile leggere {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="137"/>
        <source>Cannot duplicate routine</source>
        <translation>Impossibile duplicare la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="155"/>
        <location filename="../ui/editor/files.py" line="199"/>
        <source>Cannot import routine</source>
        <translation>Impossibile importare la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="183"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation>il file contiene {count} allenamenti; questo è il primo. Per aggiungerli tutti: barretimer import FILE</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="188"/>
        <source>Imported, not saved yet</source>
        <translation>Importata, non ancora salvata</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="189"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation>{file} è aperto nell&apos;editor. Salvalo per tenerlo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
        <translation>{file} non è stato importato: ha {problems}. Correggili e importalo di nuovo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="206"/>
        <source>Cannot export routine</source>
        <translation>Impossibile esportare la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="224"/>
        <source>the saved file</source>
        <translation>il file salvato</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="233"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation>il file non verrebbe riletto come questa routine (un tuo passo chiamato esattamente come un id del catalogo viene letto come quell&apos;esercizio del catalogo)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="240"/>
        <source>The routine was not saved:</source>
        <translation>La routine non è stata salvata:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="316"/>
        <source>this routine</source>
        <translation>questa routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="319"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Salvare prima le modifiche a “{name}”?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="322"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation>“{name}” ha modifiche che non si possono ancora salvare.
{why}

Vuoi scartarle?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
</context>
<context>
    <name>RoutineFilterBar</name>
    <message>
        <location filename="../ui/library/filter_bar.py" line="27"/>
        <source>Search names, descriptions and tags</source>
        <translation>Cerca in nomi, descrizioni e tag</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="28"/>
        <source>Search routines</source>
        <translation>Cerca routine</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="31"/>
        <source>Filter by tag</source>
        <translation>Filtra per tag</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="32"/>
        <location filename="../ui/library/filter_bar.py" line="58"/>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="34"/>
        <source>Filter by level</source>
        <translation>Filtra per livello</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="35"/>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="38"/>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="49"/>
        <source>Routine name</source>
        <extracomment>The defaults&apos; grid of four is too wide beside a label in a compact window.</extracomment>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="61"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="72"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="74"/>
        <source>beginner</source>
        <translation>principiante</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="75"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="76"/>
        <source>advanced</source>
        <translation>avanzato</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="86"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="87"/>
        <source>runners, glutes, core</source>
        <translation>runner, glutei, core</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="91"/>
        <source>Longest progression scale</source>
        <translation>Scala massima della progressione</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="92"/>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="53"/>
        <source>Rest between steps</source>
        <translation>Recupero tra i passi</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="54"/>
        <source>Lead-in</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="55"/>
        <source>Switch sides</source>
        <translation>Cambio lato</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="99"/>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="111"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="112"/>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="115"/>
        <source>Max &amp;scale</source>
        <translation>&amp;Scala massima</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="119"/>
        <source>&amp;Level</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="127"/>
        <source>Le&amp;ad-in</source>
        <translation>&amp;Preparazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="126"/>
        <source>&amp;Rest</source>
        <translation>&amp;Recupero</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="128"/>
        <source>S&amp;witch</source>
        <translation>&amp;Cambio</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="129"/>
        <source>C&amp;ountdown</source>
        <translation>C&amp;ountdown</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="139"/>
        <source>Defaults</source>
        <translation>Predefiniti</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="161"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation>Scala massima: &quot;{text}&quot; non è un numero; scrivine uno come 1.5, o lascia vuoto</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="78"/>
        <source>What the routine needs</source>
        <translation>Cosa serve per la routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="80"/>
        <source>Exercises new to you</source>
        <translation>Esercizi nuovi per te</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="115"/>
        <source>You will need: {things}</source>
        <translation>Occorrente: {things}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="117"/>
        <source>You need no equipment, only some floor space.</source>
        <translation>Non serve nessun attrezzo, solo un po&apos; di spazio a terra.</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="132"/>
        <source>New to you ({count}): how each one is done</source>
        <translation>Nuovi per te ({count}): come si fa ciascuno</translation>
    </message>
</context>
<context>
    <name>RoutineOpening</name>
    <message>
        <location filename="../ui/window/opening.py" line="40"/>
        <source>A workout is playing</source>
        <translation>Un allenamento è in corso</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="41"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation>Ferma l&apos;allenamento in corso (Esc) prima di aprirne un altro.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="131"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="132"/>
        <source>The quick timer could not be saved ({error}).</source>
        <translation>Impossibile salvare il timer rapido ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="138"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="139"/>
        <source>Saved as {file} in your routines: the Library lists it now.</source>
        <translation>Salvato come {file} tra le tue routine: ora è nella libreria.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="159"/>
        <source>The routine editor is not available: it could not start.</source>
        <translation>L&apos;editor delle routine non è disponibile: non è riuscito ad avviarsi.</translation>
    </message>
</context>
<context>
    <name>RoutinePreview</name>
    <message>
        <location filename="../ui/library/preview.py" line="139"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="140"/>
        <location filename="../ui/library/preview.py" line="219"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="160"/>
        <source>Problems (fix the file, or open it in the editor):</source>
        <translation>Problemi (correggi il file o aprilo nell&apos;editor):</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="164"/>
        <source>The intervals of the routine</source>
        <translation>Gli intervalli della routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="167"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="171"/>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="172"/>
        <source>Level, time and source</source>
        <translation>Livello, durata e origine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="173"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="174"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="181"/>
        <source>Steps of the routine</source>
        <translation>Passi della routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="217"/>
        <source>Duplicate and edit</source>
        <translation>Duplica e modifica</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="222"/>
        <source>No routine selected</source>
        <translation>Nessuna routine selezionata</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Shipped with barretimer</source>
        <translation>Inclusa in barretimer</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Your routine</source>
        <translation>Routine tua</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="238"/>
        <source>Tags: {tags}</source>
        <translation>Tag: {tags}</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="248"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation>Questa routine ha dei problemi e non si può ancora avviare.</translation>
    </message>
</context>
<context>
    <name>RoutineTableModel</name>
    <message>
        <location filename="../ui/library/model.py" line="102"/>
        <source>Routine</source>
        <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="103"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="104"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="105"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="106"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="141"/>
        <source>invalid</source>
        <translation>non valida</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Shipped</source>
        <translation>Inclusa</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Yours</source>
        <translation>Tua</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="147"/>
        <source>{source}: {problems}</source>
        <translation>{source}: {problems}</translation>
    </message>
</context>
<context>
    <name>ScaleChooser</name>
    <message>
        <location filename="../ui/player/scale_choice.py" line="39"/>
        <source>Scale</source>
        <extracomment>The scales offered, in percent: 50% to 150% in steps of 5%.</extracomment>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="41"/>
        <source>Holds, balance, stretches and move sets are made longer or shorter</source>
        <translation>Tenute, equilibrio, allungamenti e serie di movimenti diventano più lunghi o più corti</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="43"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Scala:</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="47"/>
        <source>What the scale changes</source>
        <translation>Cosa cambia la scala</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="69"/>
        <source>{pct} (suggested)</source>
        <translation>{pct} (consigliata)</translation>
    </message>
</context>
<context>
    <name>SecondsField</name>
    <message>
        <location filename="../ui/editor/fields.py" line="110"/>
        <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
        <translation>scrivi secondi (45), minuti e secondi (1:30) o minuti (2m)</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="112"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation>scrivi secondi (45), minuti e secondi (1:30), o max</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="114"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation>scrivi secondi (45) o minuti e secondi (1:30), o lascia vuoto</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="116"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation>{field}: &quot;{text}&quot; non è una durata; {hint}</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation>Dettagli della sessione</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="58"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="59"/>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="62"/>
        <source>Time done of planned</source>
        <translation>Tempo fatto su quello previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="64"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="66"/>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="67"/>
        <source>Started:</source>
        <translation>Iniziata:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="68"/>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="69"/>
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="70"/>
        <source>Intervals:</source>
        <translation>Intervalli:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="126"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} su {intervals} fatti, {skipped} saltati</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>Steps of this session</source>
        <translation>Passi di questa sessione</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="92"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="97"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="103"/>
        <source>Save effort and notes</source>
        <translation>Salva sforzo e note</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="105"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Elimina sessione…</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="107"/>
        <source>Delete this session</source>
        <translation>Elimina questa sessione</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="109"/>
        <source>Close without saving</source>
        <translation>Chiudi senza salvare</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>This session is no longer in the history.</source>
        <translation>Questa sessione non è più nello storico.</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="121"/>
        <source>{done} of {planned}</source>
        <translation>{done} di {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="132"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation>; appoggi sinistra {left}, destra {right}</translation>
    </message>
</context>
<context>
    <name>SessionEditing</name>
    <message>
        <location filename="../ui/history/editing.py" line="93"/>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <location filename="../ui/history/editing.py" line="95"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation>Eliminare la sessione di {routine} del {when}? Puoi annullare finché non chiudi barretimer.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <location filename="../ui/history/filters.py" line="37"/>
        <source>Show sessions of routine</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation>Mostra le sessioni della routine</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="44"/>
        <source>Show sessions with status</source>
        <translation>Mostra le sessioni con stato</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="45"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="48"/>
        <source>Sessions from date</source>
        <translation>Sessioni dalla data</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="49"/>
        <source>Sessions up to date</source>
        <translation>Sessioni fino alla data</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="51"/>
        <location filename="../ui/history/filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Cerca nelle note</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="54"/>
        <source>C&amp;lear filters</source>
        <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="55"/>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="68"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="71"/>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="86"/>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="97"/>
        <source>All routines</source>
        <translation>Tutte le routine</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <location filename="../ui/history/sessions_table.py" line="24"/>
        <source>Past sessions</source>
        <translation>Sessioni passate</translation>
    </message>
    <message>
        <location filename="../ui/history/sessions_table.py" line="44"/>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The system&apos;s language</source>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation>Una nuova lingua si applica al riavvio di barretimer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Default voice</source>
        <translation>Voce predefinita</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74"/>
        <source> words a minute</source>
        <translation> parole al minuto</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation>Bip all&apos;inizio di ogni passo e nel conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Lower their volume to</source>
        <translation>Abbassa il volume a</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Pause them</source>
        <translation>Mettila in pausa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Leave them alone</source>
        <translation>Lasciala com&apos;è</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Their volume while a cue is spoken</source>
        <translation>Il volume mentre si sente un&apos;indicazione</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source>As in the routine</source>
        <translation>Come nella routine</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation>Di&apos; cosa viene dopo (&quot;Prossimo: ...&quot;) nei recuperi</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation>Di&apos; &quot;a metà&quot; nelle tenute lunghe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Describe an exercise you have not done before in the rest before it</source>
        <translation>Descrivi un esercizio mai fatto nel recupero che lo precede</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Keep exercise figures still (reduce motion)</source>
        <translation>Figure degli esercizi ferme (meno animazioni)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source> sessions a week</source>
        <translation> sessioni a settimana</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voce</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>&amp;Rate</source>
        <translation>V&amp;elocità</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>&amp;Lead-in</source>
        <translation>&amp;Preparazione</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>&amp;Weekly target</source>
        <translation>Obiettivo &amp;settimanale</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Other players&apos; music under a cue</source>
        <translation>Musica di altre app durante la voce</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Open the data folder</source>
        <translation>Apri la cartella dei dati</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="95"/>
        <source>The intervals of the routine</source>
        <translation>Gli intervalli della routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="79"/>
        <location filename="../ui/player/start_panel.py" line="111"/>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="122"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation>Questa routine non si può avviare finché questi problemi non sono risolti:</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="126"/>
        <source>Problems in the routine</source>
        <translation>Problemi nella routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Back to the library</source>
        <translation>Torna alla libreria</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="74"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="75"/>
        <source>Level, total time and steps</source>
        <translation>Livello, durata totale e passi</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="76"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <source>Kinds of interval</source>
        <translation>Tipi di intervallo</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="78"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="252"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation>{total} ({pct}: {scaled})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="259"/>
        <source>{steps}, played as {intervals}</source>
        <translation>{steps}, eseguiti come {intervals}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="265"/>
        <source>Play at {pct}</source>
        <translation>Avvia ({pct})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="280"/>
        <source>{problems} found</source>
        <translation>{problems} trovati</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="296"/>
        <source>The routine could not be read.</source>
        <translation>Impossibile leggere la routine.</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <location filename="../ui/editor/step_commands.py" line="47"/>
        <source>New exercise</source>
        <translation>Nuovo esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="62"/>
        <location filename="../ui/editor/step_commands.py" line="72"/>
        <source>Add {name}</source>
        <translation>Aggiungi {name}</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="92"/>
        <source>Add a step</source>
        <translation>Aggiungi un passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="102"/>
        <source>Add a repeat block</source>
        <translation>Aggiungi un blocco ripetuto</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="110"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/editor/step_form.py" line="72"/>
        <location filename="../ui/editor/step_form.py" line="248"/>
        <source>Picture...</source>
        <translation>Immagine...</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Show a picture of your own instead of the drawn figure</source>
        <translation>Mostra una tua immagine al posto della figura disegnata</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Picture of your own</source>
        <translation>Immagine tua</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="76"/>
        <source>Exercise name</source>
        <translation>Nome dell&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="78"/>
        <source>Where the exercise comes from</source>
        <translation>Da dove viene l&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="80"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="88"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="89"/>
        <source>45, 1:30 or max</source>
        <translation>45, 1:30 o max</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="90"/>
        <location filename="../ui/editor/step_form.py" line="168"/>
        <source>Cap</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="91"/>
        <source>no cap</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="93"/>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="58"/>
        <source>Cue said at the start</source>
        <extracomment>The folder the step&apos;s own picture is written from (the editor gives its routine&apos;s).</extracomment>
        <translation>Indicazione detta all&apos;inizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="59"/>
        <source>Hear it</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="139"/>
        <source>Add cue</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="142"/>
        <source>Remove cue</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="176"/>
        <source>Cue</source>
        <translation>Indicazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Rest after</source>
        <translation>Recupero dopo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="60"/>
        <source>Hear the cue</source>
        <translation>Ascolta l&apos;indicazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="106"/>
        <source>Muscles</source>
        <translation>Muscoli</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="128"/>
        <source>Timed cues</source>
        <translation>Indicazioni a tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <source>Add a timed cue</source>
        <translation>Aggiungi un&apos;indicazione a tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="143"/>
        <source>Remove the selected timed cue</source>
        <translation>Rimuovi l&apos;indicazione a tempo selezionata</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Rest after this step</source>
        <translation>Recupero dopo questo passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="66"/>
        <source>Timed cue problem</source>
        <translation>Problema nell&apos;indicazione a tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="152"/>
        <source>E&amp;xercise</source>
        <translation>&amp;Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="154"/>
        <source>Exercise figure</source>
        <translation>Figura dell&apos;esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="161"/>
        <source>S&amp;ides</source>
        <translation>L&amp;ati</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="165"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="172"/>
        <source>D&amp;uration</source>
        <translation>D&amp;urata</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="177"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muscoli</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="186"/>
        <source>&amp;Timed cues</source>
        <translation>&amp;Frasi a tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="188"/>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="229"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation>Dal catalogo degli esercizi ({id}); i campi che cambi lo sostituiscono.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="234"/>
        <source>An exercise of your own.</source>
        <translation>Un esercizio tuo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="250"/>
        <source>default ({rest})</source>
        <translation>predefinito ({rest})</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Step</source>
        <extracomment>The figure beside each step of the preview (pixels).</extracomment>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>StepsPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="67"/>
        <source>Routine</source>
        <extracomment>How many letters&apos; room a step&apos;s name keeps in a compact window.</extracomment>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add from &amp;catalog…</source>
        <translation>Dal ca&amp;talogo…</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Aggiungi un passo dal catalogo degli esercizi</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add &amp;blank step</source>
        <translation>Nuo&amp;vo passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add a blank step</source>
        <translation>Aggiungi un passo vuoto</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add re&amp;peat block</source>
        <translation>Nuovo &amp;blocco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add a repeat block</source>
        <translation>Aggiungi un blocco ripetuto</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate the selected item</source>
        <translation>Duplica l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete the selected item</source>
        <translation>Elimina l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move the selected item up</source>
        <translation>Sposta in su l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move the selected item down</source>
        <translation>Sposta in giù l&apos;elemento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="84"/>
        <source>Ctrl+D in the steps</source>
        <translation>Ctrl+D nei passi</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="85"/>
        <source>Delete key in the steps</source>
        <translation>Tasto Canc nei passi</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="86"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Su; accanto a un blocco ripetuto, entra o esce dal blocco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="88"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Giù; accanto a un blocco ripetuto, entra o esce dal blocco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="100"/>
        <location filename="../ui/editor/panes.py" line="113"/>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="21"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="23"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="31"/>
        <source>First time with this routine: play it as written, and rate how hard it felt.</source>
        <translation>Prima volta con questa routine: eseguila così com’è scritta e poi valuta quanto è stata faticosa.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="34"/>
        <source>You have not completed this routine yet: play it as written.</source>
        <translation>Non hai ancora completato questa routine: eseguila così com’è scritta.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="37"/>
        <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
        <translation>Prima volta con questa routine avanzata: inizia al {scale} del lavoro e poi aumenta.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="41"/>
        <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
        <translation>Prima volta con questa routine intermedia: inizia al {scale} del lavoro e poi aumenta.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="45"/>
        <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
        <translation>Non hai ancora completato questa routine avanzata: inizia al {scale} del lavoro e poi aumenta.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
        <translation>Non hai ancora completato questa routine intermedia: inizia al {scale} del lavoro e poi aumenta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="59"/>
        <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
        <translation>
            <numerusform>È passata %n settimana dall’ultima volta che hai completato questa routine: torna al {scale} e poi risali.</numerusform>
            <numerusform>Sono passate %n settimane dall’ultima volta che hai completato questa routine: torna al {scale} e poi risali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
        <translation>
            <numerusform>È passata %n settimana dall’ultima volta che hai completato questa routine: ricomincia dal {scale} e poi aumenta.</numerusform>
            <numerusform>Sono passate %n settimane dall’ultima volta che hai completato questa routine: ricomincia dal {scale} e poi aumenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="75"/>
        <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
        <translation>
            <numerusform>Niente di completato da %n giorno: questa volta resta al {scale}.</numerusform>
            <numerusform>Niente di completato da %n giorni: questa volta resta al {scale}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="84"/>
        <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
        <translation>La tua ultima sessione al {other} non è stata finita: resta al {scale} finché non la completi.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
        <translation>La tua ultima sessione è stata dura ({effort}/10): resta al {scale} finché non ti sembra più facile.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="91"/>
        <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
        <translation>Resta al {scale}. Alla fine di ogni sessione valuta quanto è stata faticosa (da 1 a 10): con due sessioni facili ({effort} o meno) ti verrà proposto di più.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="95"/>
        <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
        <translation>Resta al {scale}: completala ancora una volta con sforzo {effort} o meno entro tre settimane per salire.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="99"/>
        <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
        <translation>Le tue ultime due sessioni sono state facili: prova il {scale} (non più del 10% sopra il livello di una settimana fa).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="102"/>
        <source>{other} was too much {when}: try {scale} first.</source>
        <translation>Il {other} è stato troppo {when}: prova prima il {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="103"/>
        <source>{other} was too much {when}: stay at {scale} for now.</source>
        <translation>Il {other} è stato troppo {when}: per ora resta al {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="104"/>
        <source>You are at this routine&apos;s maximum of {other}: stay there.</source>
        <translation>Sei al massimo di questa routine, il {other}: resta lì.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="105"/>
        <source>You added 10% this week already: stay at {scale} for now.</source>
        <translation>Hai già aggiunto il 10% questa settimana: per ora resta al {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="106"/>
        <source>This routine goes up to {other}: play it at {scale}.</source>
        <translation>Questa routine arriva fino al {other}: eseguila al {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="107"/>
        <source>A week ago you were at {other}: no more than {scale} this week.</source>
        <translation>Una settimana fa eri al {other}: questa settimana non oltre il {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="108"/>
        <source>Your plan sets this session at {scale}.</source>
        <translation>Il tuo piano imposta questa sessione al {scale}.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>Workout summary</source>
        <translation>Riepilogo dell&apos;allenamento</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="110"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="111"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="113"/>
        <source>Time done of planned</source>
        <translation>Tempo fatto su quello previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="116"/>
        <source>Steps done and skipped</source>
        <translation>Passi fatti e saltati</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Touchdowns per side</source>
        <translation>Appoggi per lato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="124"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation>Com&apos;è andata? Qualcosa da ricordare per la prossima volta?</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="129"/>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="130"/>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="132"/>
        <source>Intervals:</source>
        <translation>Intervalli:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="142"/>
        <source>New personal bests</source>
        <translation>Nuovi record personali</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="150"/>
        <source>{exercise}: {time} (your best was {before})</source>
        <translation>{exercise}: {time} (il tuo record era {before})</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="156"/>
        <source>{exercise}: {time} (the first one)</source>
        <translation>{exercise}: {time} (il primo)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="162"/>
        <source>New best:</source>
        <translation>Nuovo record:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="195"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} su {intervals} fatti, {skipped} saltati</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="133"/>
        <source>Touchdowns:</source>
        <translation>Appoggi:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="168"/>
        <source>S&amp;kip</source>
        <translation>Sa&amp;lta</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="170"/>
        <source>Save effort and notes</source>
        <translation>Salva sforzo e note</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="171"/>
        <source>Skip without saving</source>
        <translation>Salta senza salvare</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="98"/>
        <source>This session is no longer in the history.</source>
        <translation>Questa sessione non è più nello storico.</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="182"/>
        <source>Workout complete</source>
        <translation>Allenamento completato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="183"/>
        <source>Workout stopped</source>
        <translation>Allenamento fermato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="185"/>
        <source>Workout interrupted</source>
        <translation>Allenamento interrotto</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="190"/>
        <source>{done} of {planned}</source>
        <translation>{done} di {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="202"/>
        <source>Left {left}, right {right}</source>
        <translation>Sinistra {left}, destra {right}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="233"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="234"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation>Impossibile salvare sforzo e note nello storico ({error}).</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="113"/>
        <source>Total time</source>
        <translation>Tempo totale</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="115"/>
        <source>Number of steps</source>
        <translation>Numero di passi</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="119"/>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Time per kind</source>
        <translation>Tempo per tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Muscle group</source>
        <translation>Gruppo muscolare</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Stretch</source>
        <translation>Allungamento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="123"/>
        <location filename="../ui/editor/panels.py" line="134"/>
        <source>Time per muscle group</source>
        <translation>Tempo per gruppo muscolare</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="125"/>
        <source>Muscles without a stretch</source>
        <translation>Muscoli senza allungamento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="155"/>
        <location filename="../ui/editor/panels.py" line="190"/>
        <source>Total: {time}</source>
        <translation>Totale: {time}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="157"/>
        <source>{written}, played as {played}</source>
        <translation>{written}, eseguiti come {played}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="146"/>
        <location filename="../ui/editor/panels.py" line="179"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="194"/>
        <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
        <translation>{written} passi scritti; con le ripetizioni i passi da eseguire superano {count}, troppi per le tabelle qui sotto.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="205"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation>⚠ Lavorati ma mai allungati: {muscles}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="209"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation>✓ Non allungati qui, di proposito: {muscles}. {why}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="214"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation>✓ Ogni gruppo muscolare lavorato ha un allungamento.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="215"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation>Spunta i muscoli di ogni passo per vedere dove va il lavoro.</translation>
    </message>
</context>
<context>
    <name>TextFixPane</name>
    <message>
        <location filename="../ui/editor/text_mode.py" line="45"/>
        <source>Routine file text</source>
        <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. &quot;Save text as it is&quot; was chosen: ``text``.</extracomment>
        <translation>Testo del file della routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="49"/>
        <source>Problems in the file</source>
        <translation>Problemi nel file</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="53"/>
        <location filename="../ui/editor/text_mode.py" line="54"/>
        <source>Save the text as it is</source>
        <translation>Salva il testo così com&apos;è</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="79"/>
        <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
        <translation>{file} non si può mostrare nei moduli: ha dei problemi, elencati qui sotto e segnati nel testo. Correggili qui; quando il file si legge senza problemi, i moduli tornano.</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="112"/>
        <source>line {line}: {message}</source>
        <translation>riga {line}: {message}</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../ui/player/totals.py" line="41"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation>Trascorso {elapsed}  ·  Rimasto {left}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="45"/>
        <source>Current streak in weeks</source>
        <translation>Serie attuale in settimane</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>What the streak counts</source>
        <translation>Cosa conta la serie</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="53"/>
        <source>This week so far</source>
        <translation>Questa settimana finora</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes per week by kind</source>
        <translation>Minuti a settimana per tipo</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="77"/>
        <source>Completed sessions per week</source>
        <translation>Sessioni completate a settimana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="78"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="83"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation>Esercizi di equilibrio: secondi a sinistra e a destra per settimana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="84"/>
        <source>Seconds</source>
        <translation>Secondi</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="186"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="188"/>
        <source>No training in these weeks yet.</source>
        <translation>Ancora nessun allenamento in queste settimane.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="200"/>
        <source>Completed sessions</source>
        <translation>Sessioni completate</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="205"/>
        <source>Target: {n} a week</source>
        <translation>Obiettivo: {n} a settimana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation>Ancora nessuna sessione completata in queste settimane.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="219"/>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="221"/>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="224"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="225"/>
        <source>No balance drills on both sides yet.</source>
        <translation>Ancora nessun esercizio di equilibrio su entrambi i lati.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="168"/>
        <source>This week: {done} of {target} so far</source>
        <translation>Questa settimana: {done} su {target} finora</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../ui/window/files.py" line="30"/>
        <source>Open a routine</source>
        <translation>Apri una routine</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="32"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Routine (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="48"/>
        <source>Open a routine in the player first.</source>
        <translation>Apri prima una routine nel player.</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="54"/>
        <source>Export watch workout</source>
        <translation>Esporta allenamento per orologio</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="56"/>
        <source>FIT workouts (*.fit)</source>
        <translation>Allenamenti FIT (*.fit)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="65"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ui/window/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <extracomment>A shortcut as QAction takes it: a platform&apos;s standard key, a key sequence or its text.</extracomment>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="54"/>
        <source>&amp;About barretimer</source>
        <translation>&amp;Informazioni su barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="69"/>
        <source>&amp;Open routine...</source>
        <translation>&amp;Apri routine...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="75"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="89"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation>Allenamento per &amp;orologio (FIT)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>Sheet to &amp;print (PDF)...</source>
        <translation>Scheda da &amp;stampare (PDF)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Library</source>
        <translation>&amp;Libreria</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="107"/>
        <source>E&amp;xercises</source>
        <translation>Eser&amp;cizi</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="127"/>
        <source>About barretimer</source>
        <translation>Informazioni su barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="129"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation>barretimer {version}

Un timer per allenamenti guidati di barre, tenute isometriche, allungamenti ed esercizi di equilibrio, con indicazioni a voce e uno storico locale.

La tua cartella dei dati: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="139"/>
        <source>Space: pause or go on</source>
        <translation>Spazio: pausa o riprendi</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="140"/>
        <source>Right: skip   ·   Left: back</source>
        <translation>Destra: salta   ·   Sinistra: indietro</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="141"/>
        <source>+: ten seconds more</source>
        <translation>+: dieci secondi in più</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="142"/>
        <source>Enter: done (max holds)</source>
        <translation>Invio: fatto (tenute massime)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="143"/>
        <source>T: touchdown in a balance drill</source>
        <translation>T: appoggio in un esercizio di equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="144"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation>M: voce muta   ·   B: bip muti</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="145"/>
        <source>Esc: stop (asks first)</source>
        <translation>Esc: ferma (chiede prima)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="146"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation>F11: modalità sala a schermo intero   ·   Ctrl+Maiusc+M: vista mini</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="147"/>
        <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
        <translation>Da Ctrl+1 a Ctrl+5: Libreria, Player, Editor, Storico, Esercizi</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <location filename="../ui/window/preferences.py" line="83"/>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Nessun dispositivo audio trovato: le indicazioni compaiono solo sullo schermo.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="85"/>
        <source>Sound could not start, so cues are shown on screen only.</source>
        <translation>Impossibile avviare l&apos;audio: le indicazioni compaiono solo sullo schermo.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="87"/>
        <source>Speech is not available, so cues are beeps and words on screen.</source>
        <translation>La voce non è disponibile: le indicazioni sono bip e parole sullo schermo.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation>Qualcosa è andato storto: {error}

L&apos;app continua. I dettagli sono stati scritti in {log}.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../ui/editor/models.py" line="245"/>
        <location filename="../ui/editor/step_tree.py" line="158"/>
        <source>Exercise</source>
        <extracomment>Every row the same size, so that a wrapping view lines them up in columns.
----------
A drag was dropped: the moved item&apos;s path, the target parent&apos;s path and row (the row counted before the move, as views give it).</extracomment>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="246"/>
        <location filename="../ui/editor/step_tree.py" line="159"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="249"/>
        <location filename="../ui/editor/step_tree.py" line="160"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="247"/>
        <location filename="../ui/editor/step_tree.py" line="161"/>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="178"/>
        <source>Item {position}: {text}</source>
        <translation>Elemento {position}: {text}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="137"/>
        <location filename="../ui/editor/step_tree.py" line="195"/>
        <source>repeat block</source>
        <translation>blocco ripetuto</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="198"/>
        <source>once</source>
        <translation>una volta</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="203"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="98"/>
        <source>At (s)</source>
        <translation>Quando (s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="99"/>
        <source>Say</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="125"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation>&quot;{text}&quot; non è un tempo: scrivi i secondi, come 20, o -15 per contare all&apos;indietro dalla fine</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="248"/>
        <source>Muscles</source>
        <translation>Muscoli</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="250"/>
        <source>Cue</source>
        <translation>Indicazione</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="40"/>
        <location filename="../ui/history/summary.py" line="44"/>
        <source>Not rated</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>Effort from 1 to 10</source>
        <translation>Sforzo da 1 a 10</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="48"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Quanto è stato duro: 1 facilissimo, 10 al massimo che puoi</translation>
    </message>
</context>
<context>
    <name>equipment</name>
    <message>
        <location filename="../ui/labels.py" line="267"/>
        <source>barre or chair</source>
        <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but &quot;none&quot;.</extracomment>
        <translation>sbarra o sedia</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="268"/>
        <source>band</source>
        <translation>elastico</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="269"/>
        <source>ball</source>
        <translation>palla</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="270"/>
        <source>light weights</source>
        <translation>pesi leggeri</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="271"/>
        <source>cushion</source>
        <translation>cuscino</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="272"/>
        <source>wall</source>
        <translation>parete</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="273"/>
        <source>step</source>
        <translation>gradino</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="274"/>
        <source>towel</source>
        <translation>asciugamano</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="33"/>
        <source>Week of {date}</source>
        <extracomment>A chart&apos;s text for each week, oldest first.</extracomment>
        <translation>Settimana del {date}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation>Impossibile modificare lo storico ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation>Elimina la sessione di {routine}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation>Modifica sforzo e note</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Done / planned</source>
        <translation>Fatto / previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Effort</source>
        <translation>Sforzo</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="182"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="242"/>
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="243"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="244"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="245"/>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="246"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="247"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="248"/>
        <location filename="../ui/history/models.py" line="266"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="249"/>
        <source>Touchdowns</source>
        <translation>Appoggi</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Stretch</source>
        <translation>Allungamento</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Move</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>Rest</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>H</source>
        <comment>the letter of Hold on the strip</comment>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>S</source>
        <comment>the letter of Stretch on the strip</comment>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="84"/>
        <source>B</source>
        <comment>the letter of Balance on the strip</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="87"/>
        <source>M</source>
        <comment>the letter of Move on the strip</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="88"/>
        <source>R</source>
        <comment>the letter of Rest on the strip</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>Work</source>
        <extracomment>The quick timer&apos;s exercise when the user names none (``core.quick``): recorded in English.</extracomment>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Max hold</source>
        <translation>Tenuta massima</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="109"/>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="110"/>
        <source>Advanced</source>
        <translation>Avanzato</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="117"/>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>LEFT</source>
        <translation>SINISTRA</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>RIGHT</source>
        <translation>DESTRA</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>Stand on your left leg.</source>
        <translation>Stai sulla gamba sinistra.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Stand on your right leg.</source>
        <translation>Stai sulla gamba destra.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Your left leg works; stand on the right.</source>
        <translation>Lavora la gamba sinistra; stai sulla destra.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Your right leg works; stand on the left.</source>
        <translation>Lavora la gamba destra; stai sulla sinistra.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>left, then right</source>
        <translation>sinistra, poi destra</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>both</source>
        <translation>entrambi</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Stopped</source>
        <translation>Fermata</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="181"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="182"/>
        <source>max {cap}</source>
        <translation>max {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Repeat ×{count}</source>
        <translation>Ripeti ×{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="302"/>
        <source>holds, balance and stretches {change}</source>
        <translation>tenute, equilibrio e allungamenti {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="308"/>
        <source>moves {change} (sets up to {cap})</source>
        <translation>movimenti {change} (serie fino a {cap})</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="310"/>
        <source>moves {change}</source>
        <translation>movimenti {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="314"/>
        <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
        <translation>Con la scala {scale} non cresce nulla: i passi di questa routine non hanno una durata fissa.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="317"/>
        <source>At {scale}: {changes}.</source>
        <translation>Scala {scale}: {changes}.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="329"/>
        <source>at 100%: as written</source>
        <translation>al 100%: così com’è scritta</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="332"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
        <translation>al {scale}: tenute, equilibrio, allungamenti e serie di movimento più lunghi del {change}%, serie fino a {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="338"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
        <translation>al {scale}: tenute, equilibrio, allungamenti e serie di movimento più brevi del {change}%</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="226"/>
        <source>{weeks} with at least {sessions} completed</source>
        <translation>{weeks} con almeno {sessions} completate</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <location filename="../ui/labels.py" line="244"/>
        <source>glutes</source>
        <extracomment>Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.</extracomment>
        <translation>glutei</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="245"/>
        <source>glute medius</source>
        <translation>gluteo medio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="246"/>
        <source>hip rotators</source>
        <translation>rotatori dell&apos;anca</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="247"/>
        <source>hip flexors</source>
        <translation>flessori dell&apos;anca</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="248"/>
        <source>adductors</source>
        <translation>adduttori</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="249"/>
        <source>quads</source>
        <translation>quadricipiti</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="250"/>
        <source>hamstrings</source>
        <translation>femorali</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="251"/>
        <source>calves</source>
        <translation>polpacci</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="252"/>
        <source>tibialis</source>
        <translation>tibiale anteriore</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="253"/>
        <source>peroneals</source>
        <translation>peronei</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="254"/>
        <source>feet</source>
        <translation>piedi</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="255"/>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="256"/>
        <source>obliques</source>
        <translation>obliqui</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="257"/>
        <source>back</source>
        <translation>schiena</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>arms</source>
        <translation>braccia</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/history/importing.py" line="42"/>
        <source>Importing {file}...</source>
        <extracomment>Steps of the progress bar.</extracomment>
        <translation>Importazione di {file}...</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="43"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="48"/>
        <source>Import history</source>
        <translation>Importa lo storico</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="40"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../ui/player/display.py" line="95"/>
        <source>of {time}</source>
        <extracomment>Below this many seconds left the countdown shows tenths.</extracomment>
        <translation>di {time}</translation>
    </message>
</context>
<context>
    <name>problem_words</name>
    <message>
        <location filename="../ui/editor/problem_words.py" line="18"/>
        <source>The routine needs a name.</source>
        <extracomment>Rules said the same whatever the numbers.</extracomment>
        <translation>La routine ha bisogno di un nome.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="19"/>
        <source>The routine has no steps yet: add one.</source>
        <translation>La routine non ha ancora passi: aggiungine uno.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="20"/>
        <source>This repeat block has no steps yet.</source>
        <translation>Questo blocco di ripetizione non ha ancora passi.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="21"/>
        <source>The step needs an exercise name.</source>
        <translation>Il passo ha bisogno del nome di un esercizio.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="23"/>
        <source>A cap only goes with a &quot;max&quot; step, one held as long as you can.</source>
        <translation>Un limite va solo con un passo «max», tenuto più a lungo che puoi.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="48"/>
        <source>rest between steps</source>
        <translation>recupero tra i passi</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="49"/>
        <source>lead-in</source>
        <translation>preparazione</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="50"/>
        <source>time to switch sides</source>
        <translation>tempo per cambiare lato</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="59"/>
        <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
        <translation>Questa indicazione è a {at} s dall’inizio, ma il passo dura solo {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="64"/>
        <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
        <translation>Questa indicazione è a {at} s dalla fine, ma il passo dura solo {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="71"/>
        <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
        <translation>L’indicazione a tempo {number} conta dalla fine, ma un passo max non ha una fine fissa: dalle un tempo dall’inizio (0 o più).</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="77"/>
        <source>Timed cue {number} has nothing to say.</source>
        <translation>L’indicazione a tempo {number} non ha niente da dire.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="87"/>
        <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
        <translation>Il valore di {what} deve essere da 0 a 600 s; è {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="91"/>
        <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
        <translation>Il conto alla rovescia deve durare da 0 a 10 s; dura {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="95"/>
        <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
        <translation>La scala massima deve essere da 1,0 a 3,0; è {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="99"/>
        <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
        <translation>Un blocco si ripete da 1 a {limit} volte; questo indica {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="103"/>
        <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
        <translation>Un recupero deve durare da 0 a 600 s; questo dura {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="107"/>
        <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
        <translation>Un passo dura più di 0 s e al massimo 4 ore; questo indica {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="112"/>
        <source>The cap must be more than 0 s; it is {value} s.</source>
        <translation>Il limite deve essere più di 0 s; è {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="121"/>
        <source>There is no muscle group called &quot;{muscle}&quot;.</source>
        <translation>Non esiste un gruppo muscolare chiamato «{muscle}».</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="125"/>
        <source>A step can have at most {limit} timed cues; this one has {count}.</source>
        <translation>Un passo può avere al massimo {limit} indicazioni a tempo; questo ne ha {count}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="129"/>
        <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
        <translation>Con le sue ripetizioni la routine eseguirebbe {count} passi; se ne possono eseguire al massimo {limit}.</translation>
    </message>
</context>
<context>
    <name>spin</name>
    <message>
        <location filename="../ui/history/summary.py" line="61"/>
        <source>1 = very easy, 10 = as hard as you can go</source>
        <translation>1 = facilissimo, 10 = al massimo che puoi</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Sforzo:</translation>
    </message>
</context>
</TS>
