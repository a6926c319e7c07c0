<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/picture_choice.py" line="22"/>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="24"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="31"/>
        <source>Cannot use this picture</source>
        <translation>Dieses Bild kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="63"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="128"/>
        <source>Equipment: {items}</source>
        <translation>Ausrüstung: {items}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="129"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="214"/>
        <location filename="../ui/print_sheet.py" line="240"/>
        <source>cannot write {file}</source>
        <translation>{file} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="271"/>
        <source>Open a routine in the player first.</source>
        <translation>Öffne zuerst eine Routine im Player.</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="276"/>
        <source>Export a sheet to print</source>
        <translation>Druckblatt exportieren</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="288"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>BestsModel</name>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Best hold</source>
        <translation>Bestes Halten</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Set on</source>
        <translation>Erreicht am</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Holds</source>
        <translation>Halteversuche</translation>
    </message>
</context>
<context>
    <name>BestsView</name>
    <message>
        <location filename="../ui/history/bests.py" line="70"/>
        <source>Personal bests</source>
        <translation>Persönliche Bestzeiten</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="82"/>
        <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
        <translation>Noch kein Max-Halten. Ein Schritt mit „duration: max“ zählt hoch, bis du Enter drückst; hier erscheint das längste Halten jeder Übung.</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="88"/>
        <source>The longest you held each max hold (steps that count up).</source>
        <translation>Wie lange du jedes Max-Halten höchstens gehalten hast (Schritte, die hochzählen).</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="219"/>
        <source>Repeat</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="227"/>
        <source>Block name</source>
        <translation>Name des Blocks</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>optional, e.g. Seat circuit</source>
        <translation>optional, z. B. Po-Zirkel</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="229"/>
        <source>Rest between rounds</source>
        <translation>Pause zwischen den Runden</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="233"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation>Zieh Schritte in den Block hinein oder heraus, oder nimm „Nach oben“ und „Nach unten“ direkt daneben.</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>Repea&amp;t</source>
        <translation>Wi&amp;ederholungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="241"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="242"/>
        <source>Rest between ro&amp;unds</source>
        <translation>Pause zwischen &amp;Runden</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="257"/>
        <source>default ({rest})</source>
        <translation>Standard ({rest})</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="56"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Einen Schritt aus dem Übungskatalog hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="63"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="78"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="79"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation>Nach Name, Art, Muskel oder Ansage suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="85"/>
        <source>About the exercise</source>
        <translation>Über die Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="92"/>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="100"/>
        <source>Exercise figure</source>
        <translation>Übungsfigur</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="127"/>
        <source>No exercise matches the search.</source>
        <translation>Keine Übung passt zur Suche.</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="131"/>
        <source>Safety: {text}</source>
        <translation>Sicherheit: {text}</translation>
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
        <translation>Gesamt: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="110"/>
        <source>Nothing recorded</source>
        <translation>Nichts aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="119"/>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="240"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="244"/>
        <location filename="../ui/editor/panes.py" line="254"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="253"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="272"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Keine Probleme: Die Routine kann gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="275"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation>⚠ Speichern noch nicht möglich: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="277"/>
        <source>(and {count} more)</source>
        <translation>(und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/ring.py" line="77"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="37"/>
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln Runde</numerusform>
            <numerusform>%Ln Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="40"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="43"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="46"/>
        <source>%Ln interval(s)</source>
        <translation>
            <numerusform>%Ln Intervall</numerusform>
            <numerusform>%Ln Intervalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="49"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="52"/>
        <source>week(s) in a row</source>
        <translation>
            <numerusform>Woche in Folge</numerusform>
            <numerusform>Wochen in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="56"/>
        <source>time(s)</source>
        <translation>
            <numerusform>Mal</numerusform>
            <numerusform>Mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="105"/>
        <source>Routine being edited</source>
        <extracomment>&quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation>Bearbeitete Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="107"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="279"/>
        <source>Not saved yet: Save writes it to {folder}</source>
        <translation>Noch nicht gespeichert: „Speichern“ schreibt sie nach {folder}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="171"/>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="268"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="284"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="286"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="287"/>
        <source>{title} – barretimer editor</source>
        <translation>{title} – barretimer-Editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="56"/>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="65"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="43"/>
        <source>Save routine as</source>
        <translation>Routine speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="19"/>
        <source>Routines (*.yaml *.yml)</source>
        <extracomment>How many problems a message lists before &quot;and N more&quot;.</extracomment>
        <translation>Routinen (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="23"/>
        <source>Open routine</source>
        <translation>Routine öffnen</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="29"/>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="30"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation>Routinen und Trainings anderer Timer (*.yaml *.yml *.json *.feeel)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="37"/>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../ui/editor/toolbar.py" line="38"/>
        <source>Editor actions</source>
        <translation>Editor-Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="78"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>Wiederherstell&amp;en</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="95"/>
        <source>&amp;Try it</source>
        <translation>Aus&amp;probieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="97"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation>Die Routine ab dem ausgewählten Schritt abspielen (Strg+Enter)</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/end_panel.py" line="34"/>
        <source>Workout ended</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="35"/>
        <source>What was done</source>
        <translation>Was geschafft wurde</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="36"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="37"/>
        <source>Play again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="85"/>
        <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
        <translation>{name}: {done} von {planned}, {steps} von {intervals} erledigt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="96"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation>Bodenkontakte: links {left}, rechts {right}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="100"/>
        <source>New personal best: {exercise}, {time}.</source>
        <translation>Neue persönliche Bestzeit: {exercise}, {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="104"/>
        <source>This try was not saved in the history.</source>
        <translation>Dieser Probelauf wurde nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="106"/>
        <source>Saved in your history.</source>
        <translation>In deinem Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercises/detail.py" line="62"/>
        <source>Used in</source>
        <extracomment>What a &quot;used in&quot; line opens: a routine&apos;s path, or None for a plan (shown in the Library).</extracomment>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="68"/>
        <source>Routines and plans that use this exercise</source>
        <translation>Routinen und Pläne mit dieser Übung</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="70"/>
        <location filename="../ui/exercises/detail.py" line="72"/>
        <source>Add to a routine</source>
        <translation>Zu einer Routine hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="71"/>
        <source>Open the editor with this exercise added</source>
        <translation>Den Editor mit dieser Übung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="114"/>
        <source>Safety: {line}</source>
        <translation>Sicherheit: {line}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="119"/>
        <source>Equipment: {items}</source>
        <translation>Ausrüstung: {items}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="120"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="125"/>
        <source>Routine: {name}</source>
        <translation>Routine: {name}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="130"/>
        <source>Plan: {plan} (in {routine})</source>
        <translation>Plan: {plan} (in {routine})</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="137"/>
        <source>No routine uses it yet.</source>
        <translation>Noch keine Routine verwendet sie.</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterBar</name>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="23"/>
        <location filename="../ui/exercises/filter_bar.py" line="24"/>
        <source>Search the exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Any muscle</source>
        <translation>Alle Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Muscle group</source>
        <translation>Muskelgruppe</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="30"/>
        <source>Any kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="35"/>
        <source>Any equipment</source>
        <translation>Jede Ausrüstung</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="37"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
</context>
<context>
    <name>ExerciseNotes</name>
    <message>
        <location filename="../ui/exercise_notes.py" line="23"/>
        <source>Needs: {things}</source>
        <extracomment>How long after an interval changes the player&apos;s notes on the next exercise appear or go.</extracomment>
        <translation>Braucht: {things}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="42"/>
        <source>What it needs</source>
        <translation>Was sie braucht</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="43"/>
        <source>How it is done</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="44"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="95"/>
        <source>Safety: {line}</source>
        <translation>Sicherheit: {line}</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Exercise</source>
        <extracomment>The exercise behind a row (any column). The page imports one item&apos;s word under this name.</extracomment>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../ui/exercises/page.py" line="54"/>
        <location filename="../ui/exercises/page.py" line="86"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/exercises/page.py" line="149"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} von {total} Übungen</translation>
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
        <translation>Schritt {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="39"/>
        <source>Block {position} ({title})</source>
        <translation>Block {position} ({title})</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="42"/>
        <source>Step {position} ({name})</source>
        <translation>Schritt {position} ({name})</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <location filename="../ui/player/history_notes.py" line="98"/>
        <source>New best! Your best was {time}.</source>
        <translation>Neue Bestzeit! Deine bisherige war {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/history_notes.py" line="99"/>
        <source>Your best: {time}</source>
        <translation>Deine Bestzeit: {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="60"/>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="61"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="63"/>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>Personal &amp;bests</source>
        <translation>&amp;Persönliche Bestzeiten</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="93"/>
        <source>Open the selected session</source>
        <translation>Die ausgewählte Einheit öffnen</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Delete the selected session</source>
        <translation>Die ausgewählte Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>Undo the last change to the history</source>
        <translation>Die letzte Änderung am Verlauf rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="106"/>
        <source>Export the history to a CSV file</source>
        <translation>Den Verlauf in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="107"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="108"/>
        <source>Import sessions from a CSV file</source>
        <translation>Einheiten aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="111"/>
        <source>Number of sessions shown</source>
        <translation>Anzahl der angezeigten Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="114"/>
        <source>Sort sessions by</source>
        <translation>Einheiten sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="117"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="118"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="119"/>
        <source>Routine A to Z</source>
        <translation>Routine A bis Z</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="120"/>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="121"/>
        <source>Shortest first</source>
        <translation>Kürzeste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="122"/>
        <source>Hardest first</source>
        <translation>Anstrengendste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="123"/>
        <source>Easiest first</source>
        <translation>Leichteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="126"/>
        <source>Sor&amp;t:</source>
        <translation>S&amp;ortieren:</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="287"/>
        <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
        <translation>{sessions} in {file} geschrieben, ihre Schritte in {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="209"/>
        <source>1 session matches</source>
        <translation>1 Einheit passt</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="211"/>
        <source>{n} sessions match</source>
        <translation>{n} Einheiten passen</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="260"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="286"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="295"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="279"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation>Der Verlauf konnte nicht in {file} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="295"/>
        <location filename="../ui/history/page.py" line="315"/>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="321"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Nichts wurde importiert. {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="324"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Nichts wurde importiert: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="316"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation>{added} Einheiten hinzugefügt; {skipped} waren schon im Verlauf.</translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="165"/>
        <source>Workout progress</source>
        <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window&apos;s colour.</extracomment>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/player/strip.py" line="186"/>
        <source>Interval {n} of {count}</source>
        <translation>Intervall {n} von {count}</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="182"/>
        <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
        <translation>Wähl einen Schritt oder Wiederholungsblock aus, um ihn zu bearbeiten, oder füg mit den Schaltflächen unter den Schritten einen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="209"/>
        <source>Step {position}</source>
        <translation>Schritt {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="213"/>
        <source>Repeat block {position}</source>
        <translation>Wiederholungsblock {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="216"/>
        <source>Selected item</source>
        <translation>Ausgewähltes Element</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="116"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="86"/>
        <source>Quick timer…</source>
        <translation>Schnell-Timer …</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="88"/>
        <source>Rounds of work and rest, or one max hold, without writing a routine</source>
        <translation>Runden aus Arbeit und Pause oder ein Max-Halten, ohne eine Routine zu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="111"/>
        <source>Reading the routines...</source>
        <translation>Routinen werden gelesen …</translation>
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
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation>Der Verlauf kann nicht verwendet werden: {problem}. Trainings laufen, werden aber nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation>Die Verlaufsdatenbank war beschädigt; sie wurde nach {path} verschoben und eine neue angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="121"/>
        <source>The routine editor could not start.</source>
        <translation>Der Routinen-Editor konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="145"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation>Der Verlauf kann nicht geöffnet werden (siehe Hinweis oben).</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="149"/>
        <source>The history view could not start.</source>
        <translation>Die Verlaufsansicht konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>barretimer mini view</source>
        <translation>barretimer-Miniansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="33"/>
        <source>Mini view</source>
        <translation>Miniansicht</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="39"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="60"/>
        <source>Nothing playing</source>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="69"/>
        <source>Workout complete</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="71"/>
        <source>Workout stopped</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="95"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>NewExerciseCard</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="47"/>
        <source>Figure: {name}</source>
        <extracomment>The figure beside each new exercise (pixels).</extracomment>
        <translation>Figur: {name}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="25"/>
        <source>Dismiss the notice</source>
        <translation>Den Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="28"/>
        <source>Show the details of the notice</source>
        <translation>Die Details des Hinweises zeigen</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="48"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="77"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/remote/notify.py" line="59"/>
        <source>Workout done</source>
        <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="60"/>
        <source>{routine}: {done}. Well done!</source>
        <translation>{routine}: {done}. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="77"/>
        <source>{name}: as long as you can</source>
        <translation>{name}: so lange du kannst</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="78"/>
        <source>Say &quot;done&quot; with Next on your remote, or Enter in the window.</source>
        <translation>Sag „fertig“ mit „Weiter“ auf deiner Fernbedienung oder mit Enter im Fenster.</translation>
    </message>
</context>
<context>
    <name>PaneSplitter</name>
    <message>
        <location filename="../ui/editor/arrangement.py" line="25"/>
        <source>Selected item and checks</source>
        <translation>Ausgewähltes Element und Prüfungen</translation>
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
        <translation>Ausgewähltes Element</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="85"/>
        <location filename="../ui/editor/arrangement.py" line="111"/>
        <source>Summary and problems</source>
        <translation>Übersicht und Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/arrangement.py" line="109"/>
        <source>Summary and problems (%n)</source>
        <translation>
            <numerusform>Übersicht und Probleme (%n)</numerusform>
            <numerusform>Übersicht und Probleme (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceList</name>
    <message>
        <location filename="../ui/window/places.py" line="41"/>
        <source>Places</source>
        <extracomment>Room around each place&apos;s name: across, then down (each side).</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
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
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="44"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="62"/>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="71"/>
        <source>What is next in your plan</source>
        <translation>Was als Nächstes in deinem Plan kommt</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="78"/>
        <source>About this week</source>
        <translation>Zu dieser Woche</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="87"/>
        <location filename="../ui/plan_panel.py" line="153"/>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="88"/>
        <source>Follow this plan</source>
        <translation>Diesem Plan folgen</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="90"/>
        <source>Stop following</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="155"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation>Folge einem Plan, dann steht hier jede Woche, was als Nächstes dran ist.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="160"/>
        <source>{name} ({weeks} weeks)</source>
        <translation>{name} ({weeks} Wochen)</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="167"/>
        <source>Your plan: {name}</source>
        <translation>Dein Plan: {name}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="175"/>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="185"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation>Alle {weeks} Wochen geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="189"/>
        <source>{first}, then {last}</source>
        <translation>{first}, dann {last}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="192"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation>Woche {week} von {weeks}: {sessions}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="196"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation>Für diese Woche alles erledigt; Woche {next} beginnt am {day}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="200"/>
        <source>{done} of {count} done this week.</source>
        <translation>{done} von {count} in dieser Woche erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="204"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation>Nach drei Wochen Pause ist der Plan eine Woche zurückgegangen.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="237"/>
        <source>The plan could not be saved: {problem}</source>
        <translation>Der Plan konnte nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="95"/>
        <source>Exercise figure</source>
        <translation>Übungsfigur</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="47"/>
        <source>Round</source>
        <extracomment>Room mode&apos;s text sizes as shares of the screen&apos;s height (font pixel size): what reads from 3 m. The countdown&apos;s digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="48"/>
        <source>Workout time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="50"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="51"/>
        <source>Cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="52"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="53"/>
        <source>Touchdowns</source>
        <translation>Bodenkontakte</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="156"/>
        <source>{side} side</source>
        <translation>Seite: {side}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="163"/>
        <source>Press Enter when you are done.</source>
        <translation>Drück Enter, wenn du fertig bist.</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="169"/>
        <source>Next up: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="171"/>
        <source>Last one!</source>
        <translation>Die letzte!</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="177"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation>Bodenkontakte (T):  ◀ links {left}   ·   rechts {right} ▶</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <source>Pause or go on</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="45"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="47"/>
        <source>Restart this interval, or go to the one before</source>
        <translation>Dieses Intervall neu starten oder zum vorigen gehen</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip to the next interval</source>
        <translation>Zum nächsten Intervall springen</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="53"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="59"/>
        <source>Add 10 seconds to this interval</source>
        <translation>Diesem Intervall 10 Sekunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="62"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="68"/>
        <source>Finish this max hold now</source>
        <translation>Dieses Max-Halten jetzt beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Touchdown</source>
        <translation>Bodenkontakt</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Count a touchdown on this side</source>
        <translation>Einen Bodenkontakt auf dieser Seite zählen</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <location filename="../ui/player/controls.py" line="140"/>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <source>Mute or unmute the voice</source>
        <translation>Stimme stumm- oder einschalten</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <location filename="../ui/player/controls.py" line="148"/>
        <source>Beeps on</source>
        <translation>Töne an</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <source>Mute or unmute the beeps</source>
        <translation>Signaltöne stumm- oder einschalten</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop the workout</source>
        <translation>Das Training beenden</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="141"/>
        <source>Voice muted</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="142"/>
        <source>No voice</source>
        <translation>Keine Stimme</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="149"/>
        <source>Beeps muted</source>
        <translation>Töne aus</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="150"/>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="235"/>
        <source>This routine has nothing to play.</source>
        <translation>Diese Routine enthält nichts zum Abspielen.</translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="268"/>
        <source>A workout is playing</source>
        <translation>Ein Training läuft</translation>
    </message>
</context>
<context>
    <name>PlayerRun</name>
    <message>
        <location filename="../ui/player/run.py" line="72"/>
        <source>Trying it out: not saved in the history</source>
        <translation>Probelauf: wird nicht im Verlauf gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="78"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation>Nach einer Unterbrechung pausiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="80"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="134"/>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="135"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation>Das Training jetzt beenden? Was du bisher gemacht hast, wird als beendet gespeichert.</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="115"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>How the speech client&apos;s reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation>Sprachausgabe ist aus: Sie konnte nicht starten ({error}).</translation>
    </message>
</context>
<context>
    <name>QuickTimerDialog</name>
    <message>
        <location filename="../ui/library/quick_timer.py" line="53"/>
        <source>Quick timer</source>
        <translation>Schnell-Timer</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="54"/>
        <source>&amp;Rounds of work and rest</source>
        <translation>&amp;Runden aus Arbeit und Pause</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="55"/>
        <source>One &amp;max hold, as long as you can</source>
        <translation>Ein &amp;Max-Halten, so lange du kannst</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="59"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="60"/>
        <source>Work, seconds</source>
        <translation>Arbeit in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="61"/>
        <source>Rest, seconds</source>
        <translation>Pause in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="65"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="66"/>
        <source>Stop by itself after, seconds</source>
        <translation>Von selbst enden nach Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="67"/>
        <source>only when I say done</source>
        <translation>nur, wenn ich „fertig“ sage</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="71"/>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="72"/>
        <source>&amp;Work:</source>
        <translation>&amp;Arbeit:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="73"/>
        <source>R&amp;est:</source>
        <translation>&amp;Pause:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="74"/>
        <source>R&amp;ounds:</source>
        <translation>R&amp;unden:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="75"/>
        <source>Ca&amp;p:</source>
        <translation>&amp;Obergrenze:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="81"/>
        <source>Save as routine</source>
        <translation>Als Routine speichern</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="118"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
        <translation>Schnell-Timer: {rounds} × {work} {exercise}, {rest} Pause</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="119"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
        <translation>Schnell-Timer: {rounds} × {work} {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="120"/>
        <source>Quick max hold: {exercise}</source>
        <translation>Schnelles Max-Halten: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="121"/>
        <source>Quick max hold: {exercise}, up to {cap}</source>
        <translation>Schnelles Max-Halten: {exercise}, höchstens {cap}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="122"/>
        <source>A quick timer: rounds of work and rest.</source>
        <translation>Ein Schnell-Timer: Runden aus Arbeit und Pause.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="123"/>
        <source>A quick timer: one hold, as long as you can.</source>
        <translation>Ein Schnell-Timer: einmal halten, so lange du kannst.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="124"/>
        <source>quick timer</source>
        <translation>Schnell-Timer</translation>
    </message>
</context>
<context>
    <name>ReadingStandIn</name>
    <message>
        <location filename="../ui/window/places.py" line="96"/>
        <source>Reading the routines...</source>
        <translation>Routinen werden gelesen …</translation>
    </message>
</context>
<context>
    <name>RoomModes</name>
    <message>
        <location filename="../ui/window/room.py" line="31"/>
        <source>&amp;Fullscreen room mode</source>
        <translation>Vollbild-&amp;Raummodus</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="35"/>
        <source>Leave room mode</source>
        <translation>Raummodus verlassen</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="39"/>
        <source>&amp;Mini view</source>
        <translation>&amp;Miniansicht</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../ui/editor/editing.py" line="117"/>
        <source>Delete</source>
        <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step.</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="125"/>
        <location filename="../ui/editor/editing.py" line="131"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="145"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="146"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="147"/>
        <source>level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="148"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="149"/>
        <source>max scale</source>
        <translation>maximaler Umfang</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="150"/>
        <source>default rest</source>
        <translation>Standardpause</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="151"/>
        <source>lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="152"/>
        <source>switch time</source>
        <translation>Wechselzeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="153"/>
        <source>countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="154"/>
        <source>exercise name</source>
        <translation>Übungsname</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="155"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="156"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="157"/>
        <source>cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="158"/>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="159"/>
        <source>cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="160"/>
        <source>muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="161"/>
        <source>timed cues</source>
        <translation>Ansagen mit Zeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="162"/>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="163"/>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="165"/>
        <source>Change {field}</source>
        <translation>{field} ändern</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../ui/editor/files.py" line="59"/>
        <source>{file} cannot be opened:</source>
        <translation>{file} kann nicht geöffnet werden:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="60"/>
        <source>Cannot open routine</source>
        <translation>Routine kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="66"/>
        <source>Parts of the file were not understood</source>
        <translation>Teile der Datei wurden nicht verstanden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="68"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation>{file} wurde geöffnet, aber diese Teile wurden nicht verstanden und fehlen, wenn du speicherst:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="117"/>
        <location filename="../ui/editor/files.py" line="265"/>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Cannot save routine</source>
        <translation>Routine kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="126"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="136"/>
        <source>{file} cannot be read:</source>
        <translation>{file} kann nicht gelesen werden:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="137"/>
        <source>Cannot duplicate routine</source>
        <translation>Routine kann nicht dupliziert werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="155"/>
        <location filename="../ui/editor/files.py" line="199"/>
        <source>Cannot import routine</source>
        <translation>Routine kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="183"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation>Die Datei enthält {count} Trainings; dies ist das erste. Um alle hinzuzufügen: barretimer import DATEI</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="188"/>
        <source>Imported, not saved yet</source>
        <translation>Importiert, noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="189"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation>{file} wird im Editor angezeigt. Speichere es, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
        <translation>{file} wurde nicht importiert: Es gibt {problems}. Behebe sie und importiere die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="206"/>
        <source>Cannot export routine</source>
        <translation>Routine kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="224"/>
        <source>the saved file</source>
        <translation>die gespeicherte Datei</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="233"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation>Die Datei ließe sich nicht wieder als diese Routine lesen (ein eigener Schritt, der genau wie eine Katalog-ID heißt, wird als diese Katalogübung gelesen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="240"/>
        <source>The routine was not saved:</source>
        <translation>Die Routine wurde nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="316"/>
        <source>this routine</source>
        <translation>diese Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="319"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Zuerst die Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="322"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation>„{name}“ hat Änderungen, die noch nicht gespeichert werden können.
{why}

Verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>RoutineFilterBar</name>
    <message>
        <location filename="../ui/library/filter_bar.py" line="27"/>
        <source>Search names, descriptions and tags</source>
        <translation>In Namen, Texten und Tags suchen</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="28"/>
        <source>Search routines</source>
        <translation>Routinen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="31"/>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="32"/>
        <location filename="../ui/library/filter_bar.py" line="58"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="34"/>
        <source>Filter by level</source>
        <translation>Nach Niveau filtern</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="35"/>
        <source>All levels</source>
        <translation>Alle Niveaus</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="38"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="49"/>
        <source>Routine name</source>
        <extracomment>The defaults&apos; grid of four is too wide beside a label in a compact window.</extracomment>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="61"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="72"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="74"/>
        <source>beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="75"/>
        <source>intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="76"/>
        <source>advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="86"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="87"/>
        <source>runners, glutes, core</source>
        <translation>Läufer, Po, Rumpf</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="91"/>
        <source>Longest progression scale</source>
        <translation>Größter Umfang der Progression</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="92"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="53"/>
        <source>Rest between steps</source>
        <translation>Pause zwischen Schritten</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="54"/>
        <source>Lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="55"/>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="99"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="111"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="112"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="115"/>
        <source>Max &amp;scale</source>
        <translation>Max. &amp;Umfang</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="119"/>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="127"/>
        <source>Le&amp;ad-in</source>
        <translation>V&amp;orlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="126"/>
        <source>&amp;Rest</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="128"/>
        <source>S&amp;witch</source>
        <translation>&amp;Wechsel</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="129"/>
        <source>C&amp;ountdown</source>
        <translation>&amp;Countdown</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="139"/>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="161"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation>Max. Umfang: „{text}“ ist keine Zahl; gib eine an, etwa 1,5, oder lass das Feld leer</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="78"/>
        <source>What the routine needs</source>
        <translation>Was die Routine braucht</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="80"/>
        <source>Exercises new to you</source>
        <translation>Übungen, die neu für dich sind</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="115"/>
        <source>You will need: {things}</source>
        <translation>Du brauchst: {things}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="117"/>
        <source>You need no equipment, only some floor space.</source>
        <translation>Du brauchst keine Ausrüstung, nur etwas Platz auf dem Boden.</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="132"/>
        <source>New to you ({count}): how each one is done</source>
        <translation>Neu für dich ({count}): So geht jede Übung</translation>
    </message>
</context>
<context>
    <name>RoutineOpening</name>
    <message>
        <location filename="../ui/window/opening.py" line="40"/>
        <source>A workout is playing</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="41"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation>Beende das laufende Training (Esc), bevor du ein anderes öffnest.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="131"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="132"/>
        <source>The quick timer could not be saved ({error}).</source>
        <translation>Der Schnell-Timer konnte nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="138"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="139"/>
        <source>Saved as {file} in your routines: the Library lists it now.</source>
        <translation>Als {file} bei deinen Routinen gespeichert: Die Bibliothek zeigt ihn jetzt an.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="159"/>
        <source>The routine editor is not available: it could not start.</source>
        <translation>Der Routinen-Editor ist nicht verfügbar: Er konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>RoutinePreview</name>
    <message>
        <location filename="../ui/library/preview.py" line="139"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="140"/>
        <location filename="../ui/library/preview.py" line="219"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="160"/>
        <source>Problems (fix the file, or open it in the editor):</source>
        <translation>Probleme (korrigiere die Datei oder öffne sie im Editor):</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="164"/>
        <source>The intervals of the routine</source>
        <translation>Die Intervalle der Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="167"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="171"/>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="172"/>
        <source>Level, time and source</source>
        <translation>Niveau, Dauer und Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="173"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="174"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="181"/>
        <source>Steps of the routine</source>
        <translation>Schritte der Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="217"/>
        <source>Duplicate and edit</source>
        <translation>Duplizieren und bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="222"/>
        <source>No routine selected</source>
        <translation>Keine Routine ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Shipped with barretimer</source>
        <translation>Mit barretimer geliefert</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Your routine</source>
        <translation>Deine Routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="238"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="248"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation>Diese Routine hat Probleme und kann noch nicht abgespielt werden.</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="104"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="106"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="141"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Shipped</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Yours</source>
        <translation>Eigene</translation>
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
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="41"/>
        <source>Holds, balance, stretches and move sets are made longer or shorter</source>
        <translation>Halten, Balance, Dehnungen und Bewegungssätze werden länger oder kürzer</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="43"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="47"/>
        <source>What the scale changes</source>
        <translation>Was der Umfang verändert</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="69"/>
        <source>{pct} (suggested)</source>
        <translation>{pct} (empfohlen)</translation>
    </message>
</context>
<context>
    <name>SecondsField</name>
    <message>
        <location filename="../ui/editor/fields.py" line="110"/>
        <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
        <translation>gib Sekunden (45), Minuten und Sekunden (1:30) oder Minuten (2m) an</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="112"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation>gib Sekunden (45), Minuten und Sekunden (1:30) oder max an</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="114"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation>gib Sekunden (45) oder Minuten und Sekunden (1:30) an oder lass das Feld leer</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="116"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation>{field}: „{text}“ ist keine Dauer; {hint}</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation>Details der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="58"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="59"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="62"/>
        <source>Time done of planned</source>
        <translation>Geschaffte von geplanter Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="64"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="66"/>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="67"/>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="68"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="69"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="70"/>
        <source>Intervals:</source>
        <translation>Intervalle:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="126"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} von {intervals} erledigt, {skipped} übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>Steps of this session</source>
        <translation>Schritte dieser Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="92"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="97"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="103"/>
        <source>Save effort and notes</source>
        <translation>Anstrengung und Notizen speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="105"/>
        <source>&amp;Delete session…</source>
        <translation>Einheit &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="107"/>
        <source>Delete this session</source>
        <translation>Diese Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="109"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>This session is no longer in the history.</source>
        <translation>Diese Einheit ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="121"/>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="132"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation>; Bodenkontakte links {left}, rechts {right}</translation>
    </message>
</context>
<context>
    <name>SessionEditing</name>
    <message>
        <location filename="../ui/history/editing.py" line="93"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/editing.py" line="95"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation>Die Einheit „{routine}“ vom {when} löschen? Du kannst das rückgängig machen, bis du barretimer schließt.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <location filename="../ui/history/filters.py" line="37"/>
        <source>Show sessions of routine</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation>Einheiten dieser Routine zeigen</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="44"/>
        <source>Show sessions with status</source>
        <translation>Einheiten mit diesem Status zeigen</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="45"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="48"/>
        <source>Sessions from date</source>
        <translation>Einheiten ab Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="49"/>
        <source>Sessions up to date</source>
        <translation>Einheiten bis Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="51"/>
        <location filename="../ui/history/filters.py" line="52"/>
        <source>Search notes</source>
        <translation>In Notizen suchen</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="54"/>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="55"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="68"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="71"/>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="86"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="97"/>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <location filename="../ui/history/sessions_table.py" line="24"/>
        <source>Past sessions</source>
        <translation>Vergangene Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/sessions_table.py" line="44"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von barretimer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74"/>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation>Signalton zu Beginn jedes Schritts und im Countdown</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Lower their volume to</source>
        <translation>Ihre Lautstärke senken auf</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Pause them</source>
        <translation>Sie anhalten</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Leave them alone</source>
        <translation>Nichts ändern</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Their volume while a cue is spoken</source>
        <translation>Ihre Lautstärke während einer Ansage</translation>
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
        <translation>Wie in der Routine</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation>In Pausen ansagen, was als Nächstes kommt („Als Nächstes: …“)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation>Bei langem Halten „Halbzeit“ ansagen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Describe an exercise you have not done before in the rest before it</source>
        <translation>Eine Übung, die du noch nicht gemacht hast, in der Pause davor erklären</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Keep exercise figures still (reduce motion)</source>
        <translation>Übungsfiguren stillstehen lassen (weniger Animation)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source> sessions a week</source>
        <translation> Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>&amp;Rate</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Countdown</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>&amp;Lead-in</source>
        <translation>&amp;Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>&amp;Weekly target</source>
        <translation>&amp;Wochenziel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Other players&apos; music under a cue</source>
        <translation>Musik anderer Player während einer Ansage</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="95"/>
        <source>The intervals of the routine</source>
        <translation>Die Intervalle der Routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="79"/>
        <location filename="../ui/player/start_panel.py" line="111"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="122"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation>Diese Routine kann erst abgespielt werden, wenn diese Probleme behoben sind:</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="126"/>
        <source>Problems in the routine</source>
        <translation>Probleme in der Routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="74"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="75"/>
        <source>Level, total time and steps</source>
        <translation>Niveau, Gesamtdauer und Schritte</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="76"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <source>Kinds of interval</source>
        <translation>Arten von Intervallen</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="78"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="252"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation>{total} ({scaled} bei {pct})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="259"/>
        <source>{steps}, played as {intervals}</source>
        <translation>{steps}, gespielt als {intervals}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="265"/>
        <source>Play at {pct}</source>
        <translation>Mit {pct} abspielen</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="280"/>
        <source>{problems} found</source>
        <translation>{problems} gefunden</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="296"/>
        <source>The routine could not be read.</source>
        <translation>Die Routine konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <location filename="../ui/editor/step_commands.py" line="47"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="62"/>
        <location filename="../ui/editor/step_commands.py" line="72"/>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="92"/>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="102"/>
        <source>Add a repeat block</source>
        <translation>Einen Wiederholungsblock hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="110"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/editor/step_form.py" line="72"/>
        <location filename="../ui/editor/step_form.py" line="248"/>
        <source>Picture...</source>
        <translation>Bild …</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Show a picture of your own instead of the drawn figure</source>
        <translation>Ein eigenes Bild statt der gezeichneten Figur zeigen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Picture of your own</source>
        <translation>Eigenes Bild</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="76"/>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="78"/>
        <source>Where the exercise comes from</source>
        <translation>Woher die Übung stammt</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="80"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="88"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="89"/>
        <source>45, 1:30 or max</source>
        <translation>45, 1:30 oder max</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="90"/>
        <location filename="../ui/editor/step_form.py" line="168"/>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="91"/>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="93"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="58"/>
        <source>Cue said at the start</source>
        <extracomment>The folder the step&apos;s own picture is written from (the editor gives its routine&apos;s).</extracomment>
        <translation>Ansage zu Beginn</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="59"/>
        <source>Hear it</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="139"/>
        <source>Add cue</source>
        <translation>Ansage hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="142"/>
        <source>Remove cue</source>
        <translation>Ansage entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="176"/>
        <source>Cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="60"/>
        <source>Hear the cue</source>
        <translation>Die Ansage anhören</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="106"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="128"/>
        <source>Timed cues</source>
        <translation>Ansagen mit Zeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <source>Add a timed cue</source>
        <translation>Eine Ansage mit Zeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="143"/>
        <source>Remove the selected timed cue</source>
        <translation>Die ausgewählte Ansage mit Zeit entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Rest after this step</source>
        <translation>Pause nach diesem Schritt</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="66"/>
        <source>Timed cue problem</source>
        <translation>Problem mit einer Ansage mit Zeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="152"/>
        <source>E&amp;xercise</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="154"/>
        <source>Exercise figure</source>
        <translation>Übungsfigur</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="161"/>
        <source>S&amp;ides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="165"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="172"/>
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="177"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="186"/>
        <source>&amp;Timed cues</source>
        <translation>Ansagen mit &amp;Zeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="188"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="229"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation>Aus dem Übungskatalog ({id}); Felder, die du änderst, ersetzen den Katalog.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="234"/>
        <source>An exercise of your own.</source>
        <translation>Eine eigene Übung.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="250"/>
        <source>default ({rest})</source>
        <translation>Standard ({rest})</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Step</source>
        <extracomment>The figure beside each step of the preview (pixels).</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Time</source>
        <translation>Dauer</translation>
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
        <translation>Aus dem &amp;Katalog …</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Einen Schritt aus dem Übungskatalog hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add &amp;blank step</source>
        <translation>Leerer Schri&amp;tt</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add a blank step</source>
        <translation>Einen leeren Schritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add re&amp;peat block</source>
        <translation>Neuer W&amp;iederholungsblock</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add a repeat block</source>
        <translation>Einen Wiederholungsblock hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate the selected item</source>
        <translation>Das ausgewählte Element duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete the selected item</source>
        <translation>Das ausgewählte Element löschen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move the selected item up</source>
        <translation>Das ausgewählte Element nach oben schieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move the selected item down</source>
        <translation>Das ausgewählte Element nach unten schieben</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="84"/>
        <source>Ctrl+D in the steps</source>
        <translation>Strg+D in den Schritten</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="85"/>
        <source>Delete key in the steps</source>
        <translation>Entf-Taste in den Schritten</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="86"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Hoch; neben einem Wiederholungsblock geht es hinein oder hinaus</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="88"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Runter; neben einem Wiederholungsblock geht es hinein oder hinaus</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="100"/>
        <location filename="../ui/editor/panes.py" line="113"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="21"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="23"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="31"/>
        <source>First time with this routine: play it as written, and rate how hard it felt.</source>
        <translation>Zum ersten Mal bei dieser Routine: spiel sie wie geschrieben und bewerte danach, wie anstrengend sie war.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="34"/>
        <source>You have not completed this routine yet: play it as written.</source>
        <translation>Du hast diese Routine noch nicht abgeschlossen: spiel sie wie geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="37"/>
        <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
        <translation>Zum ersten Mal bei dieser Routine für Fortgeschrittene: beginne mit {scale} des Umfangs und steigere dich.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="41"/>
        <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
        <translation>Zum ersten Mal bei dieser Routine der Mittelstufe: beginne mit {scale} des Umfangs und steigere dich.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="45"/>
        <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
        <translation>Du hast diese Routine für Fortgeschrittene noch nicht abgeschlossen: beginne mit {scale} des Umfangs und steigere dich.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
        <translation>Du hast diese Routine der Mittelstufe noch nicht abgeschlossen: beginne mit {scale} des Umfangs und steigere dich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="59"/>
        <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
        <translation>
            <numerusform>Seit du diese Routine zuletzt abgeschlossen hast, ist %n Woche vergangen: geh zurück auf {scale} und steigere dich wieder.</numerusform>
            <numerusform>Seit du diese Routine zuletzt abgeschlossen hast, sind %n Wochen vergangen: geh zurück auf {scale} und steigere dich wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
        <translation>
            <numerusform>Seit du diese Routine zuletzt abgeschlossen hast, ist %n Woche vergangen: beginne wieder mit {scale} und steigere dich.</numerusform>
            <numerusform>Seit du diese Routine zuletzt abgeschlossen hast, sind %n Wochen vergangen: beginne wieder mit {scale} und steigere dich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="75"/>
        <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
        <translation>
            <numerusform>Seit %n Tag nichts abgeschlossen: bleib diesmal bei {scale}.</numerusform>
            <numerusform>Seit %n Tagen nichts abgeschlossen: bleib diesmal bei {scale}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="84"/>
        <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
        <translation>Deine letzte Einheit mit {other} wurde nicht beendet: bleib bei {scale}, bis du sie schaffst.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
        <translation>Deine letzte Einheit war anstrengend ({effort}/10): bleib bei {scale}, bis sie dir leichter fällt.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="91"/>
        <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
        <translation>Bleib bei {scale}. Bewerte am Ende jeder Einheit, wie anstrengend sie war (1 bis 10): zwei leichte ({effort} oder weniger) bringen ein Angebot für mehr.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="95"/>
        <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
        <translation>Bleib bei {scale}: schließ sie innerhalb von drei Wochen noch einmal mit Anstrengung {effort} oder weniger ab, um aufzusteigen.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="99"/>
        <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
        <translation>Deine letzten beiden Einheiten waren leicht: versuch {scale} (höchstens 10% mehr als vor einer Woche).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="102"/>
        <source>{other} was too much {when}: try {scale} first.</source>
        <translation>{other} war {when} zu viel: versuch zuerst {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="103"/>
        <source>{other} was too much {when}: stay at {scale} for now.</source>
        <translation>{other} war {when} zu viel: bleib vorerst bei {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="104"/>
        <source>You are at this routine&apos;s maximum of {other}: stay there.</source>
        <translation>Du bist beim Maximum dieser Routine von {other}: bleib dabei.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="105"/>
        <source>You added 10% this week already: stay at {scale} for now.</source>
        <translation>Du hast diese Woche schon 10% zugelegt: bleib vorerst bei {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="106"/>
        <source>This routine goes up to {other}: play it at {scale}.</source>
        <translation>Diese Routine geht bis {other}: spiel sie mit {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="107"/>
        <source>A week ago you were at {other}: no more than {scale} this week.</source>
        <translation>Vor einer Woche warst du bei {other}: diese Woche höchstens {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="108"/>
        <source>Your plan sets this session at {scale}.</source>
        <translation>Dein Plan setzt diese Einheit auf {scale}.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>Workout summary</source>
        <translation>Trainingsübersicht</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="110"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="113"/>
        <source>Time done of planned</source>
        <translation>Geschaffte von geplanter Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="116"/>
        <source>Steps done and skipped</source>
        <translation>Erledigte und übersprungene Schritte</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Touchdowns per side</source>
        <translation>Bodenkontakte pro Seite</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="124"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation>Wie lief es? Gibt es etwas für das nächste Mal zu merken?</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="129"/>
        <source>Routine:</source>
        <translation>Routine:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="130"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="132"/>
        <source>Intervals:</source>
        <translation>Intervalle:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="142"/>
        <source>New personal bests</source>
        <translation>Neue persönliche Bestzeiten</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="150"/>
        <source>{exercise}: {time} (your best was {before})</source>
        <translation>{exercise}: {time} (deine Bestzeit war {before})</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="156"/>
        <source>{exercise}: {time} (the first one)</source>
        <translation>{exercise}: {time} (die erste)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="162"/>
        <source>New best:</source>
        <translation>Neue Bestzeit:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="195"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} von {intervals} erledigt, {skipped} übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="133"/>
        <source>Touchdowns:</source>
        <translation>Bodenkontakte:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="168"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="170"/>
        <source>Save effort and notes</source>
        <translation>Anstrengung und Notizen speichern</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="171"/>
        <source>Skip without saving</source>
        <translation>Ohne Speichern überspringen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="98"/>
        <source>This session is no longer in the history.</source>
        <translation>Diese Einheit ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="182"/>
        <source>Workout complete</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="183"/>
        <source>Workout stopped</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="185"/>
        <source>Workout interrupted</source>
        <translation>Training unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="190"/>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="202"/>
        <source>Left {left}, right {right}</source>
        <translation>Links {left}, rechts {right}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="233"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="234"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation>Anstrengung und Notizen konnten nicht im Verlauf gespeichert werden ({error}).</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="113"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="115"/>
        <source>Number of steps</source>
        <translation>Anzahl der Schritte</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="119"/>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Time per kind</source>
        <translation>Zeit pro Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Muscle group</source>
        <translation>Muskelgruppe</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="123"/>
        <location filename="../ui/editor/panels.py" line="134"/>
        <source>Time per muscle group</source>
        <translation>Zeit pro Muskelgruppe</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="125"/>
        <source>Muscles without a stretch</source>
        <translation>Muskeln ohne Dehnung</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="155"/>
        <location filename="../ui/editor/panels.py" line="190"/>
        <source>Total: {time}</source>
        <translation>Gesamt: {time}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="157"/>
        <source>{written}, played as {played}</source>
        <translation>{written}, gespielt als {played}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="146"/>
        <location filename="../ui/editor/panels.py" line="179"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="194"/>
        <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
        <translation>{written} Schritte geschrieben; die Wiederholungen ergeben mehr als {count} Schritte zum Abspielen, zu viele für die Tabellen unten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="205"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation>⚠ Trainiert, aber nie gedehnt: {muscles}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="209"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation>✓ Hier absichtlich nicht gedehnt: {muscles}. {why}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="214"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation>✓ Jede trainierte Muskelgruppe wird gedehnt.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="215"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation>Hak die Muskeln jedes Schritts an, um zu sehen, wohin die Arbeit geht.</translation>
    </message>
</context>
<context>
    <name>TextFixPane</name>
    <message>
        <location filename="../ui/editor/text_mode.py" line="45"/>
        <source>Routine file text</source>
        <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. &quot;Save text as it is&quot; was chosen: ``text``.</extracomment>
        <translation>Text der Routinendatei</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="49"/>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="53"/>
        <location filename="../ui/editor/text_mode.py" line="54"/>
        <source>Save the text as it is</source>
        <translation>Den Text so speichern, wie er ist</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="79"/>
        <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
        <translation>{file} kann nicht in den Formularen gezeigt werden: Die Datei hat Probleme, die unten aufgelistet und im Text markiert sind. Behebe sie hier; sobald sie sich ohne Problem lesen lässt, kommen die Formulare zurück.</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="112"/>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../ui/player/totals.py" line="41"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation>Vergangen {elapsed}  ·  Übrig {left}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="45"/>
        <source>Current streak in weeks</source>
        <translation>Aktuelle Serie in Wochen</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>What the streak counts</source>
        <translation>Was die Serie zählt</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="53"/>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes per week by kind</source>
        <translation>Minuten pro Woche nach Art</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="77"/>
        <source>Completed sessions per week</source>
        <translation>Abgeschlossene Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="78"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="83"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation>Balanceübungen: Sekunden links und rechts pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="84"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="186"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="188"/>
        <source>No training in these weeks yet.</source>
        <translation>In diesen Wochen noch kein Training.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="200"/>
        <source>Completed sessions</source>
        <translation>Abgeschlossene Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="205"/>
        <source>Target: {n} a week</source>
        <translation>Ziel: {n} pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation>In diesen Wochen noch keine abgeschlossenen Einheiten.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="219"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="221"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="224"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="225"/>
        <source>No balance drills on both sides yet.</source>
        <translation>Noch keine Balanceübungen auf beiden Seiten.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="168"/>
        <source>This week: {done} of {target} so far</source>
        <translation>Diese Woche: bisher {done} von {target}</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../ui/window/files.py" line="30"/>
        <source>Open a routine</source>
        <translation>Eine Routine öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="32"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Routinen (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="48"/>
        <source>Open a routine in the player first.</source>
        <translation>Öffne zuerst eine Routine im Player.</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="54"/>
        <source>Export watch workout</source>
        <translation>Training für die Uhr exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="56"/>
        <source>FIT workouts (*.fit)</source>
        <translation>FIT-Trainings (*.fit)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="65"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ui/window/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <extracomment>A shortcut as QAction takes it: a platform&apos;s standard key, a key sequence or its text.</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="54"/>
        <source>&amp;About barretimer</source>
        <translation>&amp;Über barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="69"/>
        <source>&amp;Open routine...</source>
        <translation>Routine ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="75"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="89"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation>&amp;Uhr-Training (FIT) …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>Sheet to &amp;print (PDF)...</source>
        <translation>&amp;Druckblatt (PDF) …</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
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
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="107"/>
        <source>E&amp;xercises</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="127"/>
        <source>About barretimer</source>
        <translation>Über barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="129"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation>barretimer {version}

Ein Timer für angeleitetes Training: Barre, isometrisches Halten, Dehnen und Balanceübungen, mit gesprochenen Ansagen und einem lokalen Verlauf.

Dein Datenordner: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="139"/>
        <source>Space: pause or go on</source>
        <translation>Leertaste: Pause oder weiter</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="140"/>
        <source>Right: skip   ·   Left: back</source>
        <translation>Rechts: überspringen   ·   Links: zurück</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="141"/>
        <source>+: ten seconds more</source>
        <translation>+: zehn Sekunden mehr</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="142"/>
        <source>Enter: done (max holds)</source>
        <translation>Enter: fertig (Max-Halten)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="143"/>
        <source>T: touchdown in a balance drill</source>
        <translation>T: Bodenkontakt bei einer Balanceübung</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="144"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation>M: Stimme stumm   ·   B: Signaltöne stumm</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="145"/>
        <source>Esc: stop (asks first)</source>
        <translation>Esc: beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="146"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation>F11: Vollbild-Raummodus   ·   Strg+Umschalt+M: Miniansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="147"/>
        <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
        <translation>Strg+1 bis Strg+5: Bibliothek, Player, Editor, Verlauf, Übungen</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <location filename="../ui/window/preferences.py" line="83"/>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Kein Audiogerät gefunden, daher erscheinen die Ansagen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="85"/>
        <source>Sound could not start, so cues are shown on screen only.</source>
        <translation>Der Ton konnte nicht starten, daher erscheinen die Ansagen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="87"/>
        <source>Speech is not available, so cues are beeps and words on screen.</source>
        <translation>Sprachausgabe ist nicht verfügbar, daher gibt es Signaltöne und Text auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation>Etwas ist schiefgelaufen: {error}

Die App läuft weiter. Details stehen in {log}.</translation>
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
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="246"/>
        <location filename="../ui/editor/step_tree.py" line="159"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="249"/>
        <location filename="../ui/editor/step_tree.py" line="160"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="247"/>
        <location filename="../ui/editor/step_tree.py" line="161"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="178"/>
        <source>Item {position}: {text}</source>
        <translation>Element {position}: {text}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="137"/>
        <location filename="../ui/editor/step_tree.py" line="195"/>
        <source>repeat block</source>
        <translation>Wiederholungsblock</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="198"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="203"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="98"/>
        <source>At (s)</source>
        <translation>Bei (s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="99"/>
        <source>Say</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="125"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation>„{text}“ ist keine Zeitangabe: gib Sekunden an, etwa 20, oder -15, um vom Ende zurückzuzählen</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="248"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="250"/>
        <source>Cue</source>
        <translation>Ansage</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="40"/>
        <location filename="../ui/history/summary.py" line="44"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>Effort from 1 to 10</source>
        <translation>Anstrengung von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="48"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Wie anstrengend es war: 1 sehr leicht, 10 so hart, wie du kannst</translation>
    </message>
</context>
<context>
    <name>equipment</name>
    <message>
        <location filename="../ui/labels.py" line="267"/>
        <source>barre or chair</source>
        <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but &quot;none&quot;.</extracomment>
        <translation>Stange oder Stuhl</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="268"/>
        <source>band</source>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="269"/>
        <source>ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="270"/>
        <source>light weights</source>
        <translation>leichte Hanteln</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="271"/>
        <source>cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="272"/>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="273"/>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="274"/>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="33"/>
        <source>Week of {date}</source>
        <extracomment>A chart&apos;s text for each week, oldest first.</extracomment>
        <translation>Woche vom {date}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation>Der Verlauf konnte nicht geändert werden ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation>Einheit „{routine}“ löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation>Anstrengung und Notizen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Done / planned</source>
        <translation>Erledigt / geplant</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="182"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="242"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="243"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="244"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="245"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="246"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="247"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="248"/>
        <location filename="../ui/history/models.py" line="266"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="249"/>
        <source>Touchdowns</source>
        <translation>Bodenkontakte</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>H</source>
        <comment>the letter of Hold on the strip</comment>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>S</source>
        <comment>the letter of Stretch on the strip</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="84"/>
        <source>B</source>
        <comment>the letter of Balance on the strip</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="87"/>
        <source>M</source>
        <comment>the letter of Move on the strip</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="88"/>
        <source>R</source>
        <comment>the letter of Rest on the strip</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>Work</source>
        <extracomment>The quick timer&apos;s exercise when the user names none (``core.quick``): recorded in English.</extracomment>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Max hold</source>
        <translation>Max-Halten</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="109"/>
        <source>Intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="110"/>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="117"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>Stand on your left leg.</source>
        <translation>Steh auf dem linken Bein.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Stand on your right leg.</source>
        <translation>Steh auf dem rechten Bein.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Your left leg works; stand on the right.</source>
        <translation>Dein linkes Bein arbeitet; steh auf dem rechten.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Your right leg works; stand on the left.</source>
        <translation>Dein rechtes Bein arbeitet; steh auf dem linken.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>left, then right</source>
        <translation>links, dann rechts</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
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
        <translation>Einmal</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Repeat ×{count}</source>
        <translation>Wiederholen ×{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="302"/>
        <source>holds, balance and stretches {change}</source>
        <translation>Halten, Balance und Dehnen {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="308"/>
        <source>moves {change} (sets up to {cap})</source>
        <translation>Bewegungen {change} (Sätze bis {cap})</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="310"/>
        <source>moves {change}</source>
        <translation>Bewegungen {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="314"/>
        <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
        <translation>Bei {scale} wird in dieser Routine nichts länger: Ihre Schritte sind offen.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="317"/>
        <source>At {scale}: {changes}.</source>
        <translation>Bei {scale}: {changes}.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="329"/>
        <source>at 100%: as written</source>
        <translation>bei 100%: wie geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="332"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
        <translation>bei {scale}: Halten, Balance, Dehnen und Bewegungssätze {change}% länger, Sätze bis {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="338"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
        <translation>bei {scale}: Halten, Balance, Dehnen und Bewegungssätze {change}% kürzer</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="226"/>
        <source>{weeks} with at least {sessions} completed</source>
        <translation>{weeks} mit mindestens {sessions} abgeschlossen</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <location filename="../ui/labels.py" line="244"/>
        <source>glutes</source>
        <extracomment>Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.</extracomment>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="245"/>
        <source>glute medius</source>
        <translation>mittlerer Gesäßmuskel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="246"/>
        <source>hip rotators</source>
        <translation>Hüftrotatoren</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="247"/>
        <source>hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="248"/>
        <source>adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="249"/>
        <source>quads</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="250"/>
        <source>hamstrings</source>
        <translation>hintere Oberschenkel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="251"/>
        <source>calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="252"/>
        <source>tibialis</source>
        <translation>Schienbeinmuskel</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="253"/>
        <source>peroneals</source>
        <translation>Wadenbeinmuskeln</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="254"/>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="255"/>
        <source>core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="256"/>
        <source>obliques</source>
        <translation>schräge Bauchmuskeln</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="257"/>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>arms</source>
        <translation>Arme</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/history/importing.py" line="42"/>
        <source>Importing {file}...</source>
        <extracomment>Steps of the progress bar.</extracomment>
        <translation>{file} wird importiert …</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="48"/>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
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
        <translation>von {time}</translation>
    </message>
</context>
<context>
    <name>problem_words</name>
    <message>
        <location filename="../ui/editor/problem_words.py" line="18"/>
        <source>The routine needs a name.</source>
        <extracomment>Rules said the same whatever the numbers.</extracomment>
        <translation>Die Routine braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="19"/>
        <source>The routine has no steps yet: add one.</source>
        <translation>Die Routine hat noch keine Schritte: füge einen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="20"/>
        <source>This repeat block has no steps yet.</source>
        <translation>Dieser Wiederholungsblock hat noch keine Schritte.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="21"/>
        <source>The step needs an exercise name.</source>
        <translation>Der Schritt braucht den Namen einer Übung.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="23"/>
        <source>A cap only goes with a &quot;max&quot; step, one held as long as you can.</source>
        <translation>Eine Obergrenze gibt es nur bei einem „max“-Schritt, der so lange gehalten wird, wie du kannst.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="48"/>
        <source>rest between steps</source>
        <translation>Pause zwischen Schritten</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="49"/>
        <source>lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="50"/>
        <source>time to switch sides</source>
        <translation>Zeit zum Seitenwechsel</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="59"/>
        <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
        <translation>Diese Ansage ist {at} s nach dem Start gesetzt, aber der Schritt dauert nur {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="64"/>
        <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
        <translation>Diese Ansage ist {at} s vor dem Ende gesetzt, aber der Schritt dauert nur {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="71"/>
        <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
        <translation>Ansage mit Zeit {number} zählt vom Ende, aber ein max-Schritt hat kein festes Ende: gib ihr eine Zeit ab dem Start (0 oder mehr).</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="77"/>
        <source>Timed cue {number} has nothing to say.</source>
        <translation>Ansage mit Zeit {number} hat keinen Text.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="87"/>
        <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
        <translation>Erlaubt für „{what}“ sind 0 bis 600 s; eingestellt sind {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="91"/>
        <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
        <translation>Der Countdown muss 0 bis 10 s lang sein; er ist {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="95"/>
        <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
        <translation>Der größte Umfang muss zwischen 1,0 und 3,0 liegen; er ist {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="99"/>
        <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
        <translation>Ein Block wiederholt sich 1- bis {limit}-mal; dieser sagt {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="103"/>
        <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
        <translation>Eine Pause muss 0 bis 600 s lang sein; diese ist {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="107"/>
        <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
        <translation>Ein Schritt dauert mehr als 0 s und höchstens 4 Stunden; dieser sagt {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="112"/>
        <source>The cap must be more than 0 s; it is {value} s.</source>
        <translation>Die Obergrenze muss über 0 s liegen; sie ist {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="121"/>
        <source>There is no muscle group called &quot;{muscle}&quot;.</source>
        <translation>Es gibt keine Muskelgruppe namens „{muscle}“.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="125"/>
        <source>A step can have at most {limit} timed cues; this one has {count}.</source>
        <translation>Ein Schritt kann höchstens {limit} Ansagen mit Zeit haben; dieser hat {count}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="129"/>
        <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
        <translation>Mit ihren Wiederholungen würde die Routine {count} Schritte spielen; höchstens {limit} sind möglich.</translation>
    </message>
</context>
<context>
    <name>spin</name>
    <message>
        <location filename="../ui/history/summary.py" line="61"/>
        <source>1 = very easy, 10 = as hard as you can go</source>
        <translation>1 = sehr leicht, 10 = so hart, wie du kannst</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Anstrengung:</translation>
    </message>
</context>
</TS>
