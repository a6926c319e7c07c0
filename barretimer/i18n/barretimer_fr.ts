<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/picture_choice.py" line="22"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="24"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="31"/>
        <source>Cannot use this picture</source>
        <translation>Impossible d’utiliser cette image</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="63"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="128"/>
        <source>Equipment: {items}</source>
        <translation>Matériel&#xa0;: {items}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="129"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="214"/>
        <location filename="../ui/print_sheet.py" line="240"/>
        <source>cannot write {file}</source>
        <translation>impossible d’écrire {file}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="271"/>
        <source>Open a routine in the player first.</source>
        <translation>Ouvre d’abord une routine dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="276"/>
        <source>Export a sheet to print</source>
        <translation>Exporter une fiche à imprimer</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="288"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>BestsModel</name>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Best hold</source>
        <translation>Meilleur maintien</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Set on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
</context>
<context>
    <name>BestsView</name>
    <message>
        <location filename="../ui/history/bests.py" line="70"/>
        <source>Personal bests</source>
        <translation>Records personnels</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="82"/>
        <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
        <translation>Aucun maintien max pour l’instant. Une étape de durée «&#xa0;max&#xa0;» compte vers le haut jusqu’à ce que tu appuies sur Entrée&#xa0;; le plus long maintien de chaque exercice s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="88"/>
        <source>The longest you held each max hold (steps that count up).</source>
        <translation>Ton plus long maintien pour chaque maintien max (les étapes qui comptent vers le haut).</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="219"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="227"/>
        <source>Block name</source>
        <translation>Nom du bloc</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>optional, e.g. Seat circuit</source>
        <translation>facultatif, p. ex. Circuit fessiers</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="229"/>
        <source>Rest between rounds</source>
        <translation>Repos entre les tours</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="233"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation>Fais glisser des étapes dans le bloc ou hors du bloc, ou utilise Monter et Descendre à côté.</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>Repea&amp;t</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="241"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="242"/>
        <source>Rest between ro&amp;unds</source>
        <translation>Re&amp;pos entre les tours</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="257"/>
        <source>default ({rest})</source>
        <translation>par défaut ({rest})</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="56"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Ajouter une étape depuis le catalogue d’exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="63"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="78"/>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="79"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation>Cherche par nom, type, muscle ou consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="85"/>
        <source>About the exercise</source>
        <translation>À propos de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="92"/>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter l’étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="100"/>
        <source>Exercise figure</source>
        <translation>Figure de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="127"/>
        <source>No exercise matches the search.</source>
        <translation>Aucun exercice ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="131"/>
        <source>Safety: {text}</source>
        <translation>Sécurité&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="99"/>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="105"/>
        <source>Total: {value}</source>
        <translation>Total&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="110"/>
        <source>Nothing recorded</source>
        <translation>Rien d’enregistré</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="119"/>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="240"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="244"/>
        <location filename="../ui/editor/panes.py" line="254"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="253"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="272"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Aucun problème&#xa0;: prête à enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="275"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation>⚠ Impossible d’enregistrer pour l’instant&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="277"/>
        <source>(and {count} more)</source>
        <translation>(et {count} de plus)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/ring.py" line="77"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="37"/>
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln tour</numerusform>
            <numerusform>%Ln tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="40"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="43"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="46"/>
        <source>%Ln interval(s)</source>
        <translation>
            <numerusform>%Ln intervalle</numerusform>
            <numerusform>%Ln intervalles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="49"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="52"/>
        <source>week(s) in a row</source>
        <translation>
            <numerusform>semaine d’affilée</numerusform>
            <numerusform>semaines d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="56"/>
        <source>time(s)</source>
        <translation>
            <numerusform>fois</numerusform>
            <numerusform>fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="105"/>
        <source>Routine being edited</source>
        <extracomment>&quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation>Routine en cours de modification</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="107"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="279"/>
        <source>Not saved yet: Save writes it to {folder}</source>
        <translation>Pas encore enregistrée&#xa0;: Enregistrer l’écrira dans {folder}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="171"/>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="268"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="284"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="286"/>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="287"/>
        <source>{title} – barretimer editor</source>
        <translation>{title} – éditeur barretimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="56"/>
        <source>line {line}: {message}</source>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="65"/>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="43"/>
        <source>Save routine as</source>
        <translation>Enregistrer la routine sous</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="19"/>
        <source>Routines (*.yaml *.yml)</source>
        <extracomment>How many problems a message lists before &quot;and N more&quot;.</extracomment>
        <translation>Routines (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="23"/>
        <source>Open routine</source>
        <translation>Ouvrir une routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="29"/>
        <source>Import routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="30"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation>Routines et séances d’autres minuteurs (*.yaml *.yml *.json *.feeel)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="37"/>
        <source>Export routine</source>
        <translation>Exporter la routine</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../ui/editor/toolbar.py" line="38"/>
        <source>Editor actions</source>
        <translation>Actions de l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="78"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="95"/>
        <source>&amp;Try it</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="97"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation>Lancer la routine à partir de l’étape sélectionnée (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/end_panel.py" line="34"/>
        <source>Workout ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="35"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="36"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="37"/>
        <source>Play again</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="85"/>
        <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
        <translation>{name}&#xa0;: {done} sur {planned}, {steps} sur {intervals} faits, {skipped} passés.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="96"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation>Appuis au sol&#xa0;: gauche {left}, droite {right}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="100"/>
        <source>New personal best: {exercise}, {time}.</source>
        <translation>Nouveau record personnel&#xa0;: {exercise}, {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="104"/>
        <source>This try was not saved in the history.</source>
        <translation>Cet essai n’a pas été enregistré dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="106"/>
        <source>Saved in your history.</source>
        <translation>Enregistrée dans ton historique.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercises/detail.py" line="62"/>
        <source>Used in</source>
        <extracomment>What a &quot;used in&quot; line opens: a routine&apos;s path, or None for a plan (shown in the Library).</extracomment>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="68"/>
        <source>Routines and plans that use this exercise</source>
        <translation>Routines et programmes qui utilisent cet exercice</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="70"/>
        <location filename="../ui/exercises/detail.py" line="72"/>
        <source>Add to a routine</source>
        <translation>Ajouter à une routine</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="71"/>
        <source>Open the editor with this exercise added</source>
        <translation>Ouvrir l’éditeur avec cet exercice ajouté</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="114"/>
        <source>Safety: {line}</source>
        <translation>Sécurité&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="119"/>
        <source>Equipment: {items}</source>
        <translation>Matériel&#xa0;: {items}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="120"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="125"/>
        <source>Routine: {name}</source>
        <translation>Routine&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="130"/>
        <source>Plan: {plan} (in {routine})</source>
        <translation>Programme&#xa0;: {plan} (dans {routine})</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="137"/>
        <source>No routine uses it yet.</source>
        <translation>Aucune routine ne l’utilise pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterBar</name>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="23"/>
        <location filename="../ui/exercises/filter_bar.py" line="24"/>
        <source>Search the exercises</source>
        <translation>Rechercher dans les exercices</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Any muscle</source>
        <translation>Tous les muscles</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Muscle group</source>
        <translation>Groupe musculaire</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="30"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="32"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="35"/>
        <source>Any equipment</source>
        <translation>Tout matériel</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="37"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
</context>
<context>
    <name>ExerciseNotes</name>
    <message>
        <location filename="../ui/exercise_notes.py" line="23"/>
        <source>Needs: {things}</source>
        <extracomment>How long after an interval changes the player&apos;s notes on the next exercise appear or go.</extracomment>
        <translation>Matériel&#xa0;: {things}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="42"/>
        <source>What it needs</source>
        <translation>Ce qu’il faut</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="43"/>
        <source>How it is done</source>
        <translation>Comment le faire</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="44"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="95"/>
        <source>Safety: {line}</source>
        <translation>Sécurité&#xa0;: {line}</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Exercise</source>
        <extracomment>The exercise behind a row (any column). The page imports one item&apos;s word under this name.</extracomment>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Muscles</source>
        <translation>Muscles</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../ui/exercises/page.py" line="54"/>
        <location filename="../ui/exercises/page.py" line="86"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../ui/exercises/page.py" line="149"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} sur {total} exercices</translation>
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
        <translation>Étape {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="39"/>
        <source>Block {position} ({title})</source>
        <translation>Bloc {position} ({title})</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="42"/>
        <source>Step {position} ({name})</source>
        <translation>Étape {position} ({name})</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <location filename="../ui/player/history_notes.py" line="98"/>
        <source>New best! Your best was {time}.</source>
        <translation>Nouveau record&#xa0;! Ton record était de {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/history_notes.py" line="99"/>
        <source>Your best: {time}</source>
        <translation>Ton record&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="60"/>
        <source>History views</source>
        <translation>Vues de l’historique</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="61"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="63"/>
        <source>&amp;Trends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>Personal &amp;bests</source>
        <translation>Records &amp;personnels</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>&amp;Details…</source>
        <translation>Détai&amp;ls…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="93"/>
        <source>Open the selected session</source>
        <translation>Ouvrir la séance sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <source>De&amp;lete…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Delete the selected session</source>
        <translation>Supprimer la séance sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>Undo the last change to the history</source>
        <translation>Annuler la dernière modification de l’historique</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="106"/>
        <source>Export the history to a CSV file</source>
        <translation>Exporter l’historique dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="107"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="108"/>
        <source>Import sessions from a CSV file</source>
        <translation>Importer des séances depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="111"/>
        <source>Number of sessions shown</source>
        <translation>Nombre de séances affichées</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="114"/>
        <source>Sort sessions by</source>
        <translation>Trier les séances par</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="117"/>
        <source>Newest first</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="118"/>
        <source>Oldest first</source>
        <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="119"/>
        <source>Routine A to Z</source>
        <translation>Routine de A à Z</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="120"/>
        <source>Longest first</source>
        <translation>Plus longues d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="121"/>
        <source>Shortest first</source>
        <translation>Plus courtes d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="122"/>
        <source>Hardest first</source>
        <translation>Plus dures d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="123"/>
        <source>Easiest first</source>
        <translation>Plus faciles d’abord</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="126"/>
        <source>Sor&amp;t:</source>
        <translation>Tri&amp;er&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="287"/>
        <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
        <translation>{sessions} écrites dans {file}, et leurs étapes dans {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="209"/>
        <source>1 session matches</source>
        <translation>1 séance correspond</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="211"/>
        <source>{n} sessions match</source>
        <translation>{n} séances correspondent</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="260"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="286"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="295"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="279"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation>Impossible d’écrire l’historique dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="295"/>
        <location filename="../ui/history/page.py" line="315"/>
        <source>Import history</source>
        <translation>Importer l’historique</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="321"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Rien n’a été importé. {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="324"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Rien n’a été importé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="316"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation>{added} séances ajoutées&#xa0;; {skipped} étaient déjà dans l’historique.</translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="165"/>
        <source>Workout progress</source>
        <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window&apos;s colour.</extracomment>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location filename="../ui/player/strip.py" line="186"/>
        <source>Interval {n} of {count}</source>
        <translation>Intervalle {n} sur {count}</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="182"/>
        <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
        <translation>Sélectionne une étape ou un bloc répété pour le modifier, ou ajoutes-en un avec les boutons sous les étapes.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="209"/>
        <source>Step {position}</source>
        <translation>Étape {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="213"/>
        <source>Repeat block {position}</source>
        <translation>Bloc répété {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="216"/>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="116"/>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="86"/>
        <source>Quick timer…</source>
        <translation>Minuteur rapide…</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="88"/>
        <source>Rounds of work and rest, or one max hold, without writing a routine</source>
        <translation>Des tours d’effort et de repos, ou un maintien max, sans écrire de routine</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="111"/>
        <source>Reading the routines...</source>
        <translation>Lecture des routines…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/pages.py" line="123"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="151"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation>L’historique est inutilisable&#xa0;: {problem}. Les séances se jouent mais ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation>La base de l’historique était endommagée&#xa0;; elle a été déplacée vers {path} et une nouvelle a été créée.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="121"/>
        <source>The routine editor could not start.</source>
        <translation>L’éditeur de routines n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="145"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation>Impossible d’ouvrir l’historique (voir l’avis ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="149"/>
        <source>The history view could not start.</source>
        <translation>La vue de l’historique n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>barretimer mini view</source>
        <translation>barretimer, vue réduite</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="33"/>
        <source>Mini view</source>
        <translation>Vue réduite</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="39"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="41"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="60"/>
        <source>Nothing playing</source>
        <translation>Rien en cours</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="69"/>
        <source>Workout complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="71"/>
        <source>Workout stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="95"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>NewExerciseCard</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="47"/>
        <source>Figure: {name}</source>
        <extracomment>The figure beside each new exercise (pixels).</extracomment>
        <translation>Figure&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="25"/>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="28"/>
        <source>Show the details of the notice</source>
        <translation>Afficher les détails de l’avis</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="48"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="77"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/remote/notify.py" line="59"/>
        <source>Workout done</source>
        <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="60"/>
        <source>{routine}: {done}. Well done!</source>
        <translation>{routine}&#xa0;: {done}. Bravo&#xa0;!</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="77"/>
        <source>{name}: as long as you can</source>
        <translation>{name}&#xa0;: aussi longtemps que possible</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="78"/>
        <source>Say &quot;done&quot; with Next on your remote, or Enter in the window.</source>
        <translation>Dis «&#xa0;terminé&#xa0;» avec Suivant sur ta télécommande, ou Entrée dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>PaneSplitter</name>
    <message>
        <location filename="../ui/editor/arrangement.py" line="25"/>
        <source>Selected item and checks</source>
        <translation>Élément sélectionné et vérifications</translation>
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
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="85"/>
        <location filename="../ui/editor/arrangement.py" line="111"/>
        <source>Summary and problems</source>
        <translation>Résumé et problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/arrangement.py" line="109"/>
        <source>Summary and problems (%n)</source>
        <translation>
            <numerusform>Résumé et problèmes (%n)</numerusform>
            <numerusform>Résumé et problèmes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceList</name>
    <message>
        <location filename="../ui/window/places.py" line="41"/>
        <source>Places</source>
        <extracomment>Room around each place&apos;s name: across, then down (each side).</extracomment>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="44"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="62"/>
        <source>Your plan</source>
        <translation>Ton programme</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="71"/>
        <source>What is next in your plan</source>
        <translation>La suite de ton programme</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="78"/>
        <source>About this week</source>
        <translation>À propos de cette semaine</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="87"/>
        <location filename="../ui/plan_panel.py" line="153"/>
        <source>Plans</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="88"/>
        <source>Follow this plan</source>
        <translation>Suivre ce programme</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="90"/>
        <source>Stop following</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="155"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation>Suis un programme et cet espace t’indiquera quoi faire chaque semaine.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="160"/>
        <source>{name} ({weeks} weeks)</source>
        <translation>{name} ({weeks} semaines)</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="167"/>
        <source>Your plan: {name}</source>
        <translation>Ton programme&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="175"/>
        <source>Start {routine}</source>
        <translation>Lancer {routine}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="185"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation>Les {weeks} semaines sont faites. Bravo&#xa0;!</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="189"/>
        <source>{first}, then {last}</source>
        <translation>{first}, puis {last}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="192"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation>Semaine {week} sur {weeks}&#xa0;: {sessions}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="196"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation>Tout est fait cette semaine&#xa0;; la semaine {next} commence le {day}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="200"/>
        <source>{done} of {count} done this week.</source>
        <translation>{done} sur {count} faites cette semaine.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="204"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation>Une pause de trois semaines a fait reculer le programme d’une semaine.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="237"/>
        <source>The plan could not be saved: {problem}</source>
        <translation>Impossible d’enregistrer le programme&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="95"/>
        <source>Exercise figure</source>
        <translation>Figure de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="47"/>
        <source>Round</source>
        <extracomment>Room mode&apos;s text sizes as shares of the screen&apos;s height (font pixel size): what reads from 3 m. The countdown&apos;s digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="48"/>
        <source>Workout time</source>
        <translation>Temps de séance</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="49"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="50"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="51"/>
        <source>Cue</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="52"/>
        <source>Next up</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="53"/>
        <source>Touchdowns</source>
        <translation>Appuis au sol</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="156"/>
        <source>{side} side</source>
        <translation>Côté {side}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="163"/>
        <source>Press Enter when you are done.</source>
        <translation>Appuie sur Entrée quand tu as fini.</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="169"/>
        <source>Next up: {name}</source>
        <translation>Ensuite&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="171"/>
        <source>Last one!</source>
        <translation>Le dernier&#xa0;!</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="177"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation>Appuis au sol (T)&#xa0;:  ◀ gauche {left}   ·   droite {right} ▶</translation>
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
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="45"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="47"/>
        <source>Restart this interval, or go to the one before</source>
        <translation>Recommencer cet intervalle, ou revenir au précédent</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip to the next interval</source>
        <translation>Passer à l’intervalle suivant</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="53"/>
        <source>+10 s</source>
        <translation>+10&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="59"/>
        <source>Add 10 seconds to this interval</source>
        <translation>Ajouter 10 secondes à cet intervalle</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="62"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="68"/>
        <source>Finish this max hold now</source>
        <translation>Terminer ce maintien max maintenant</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Touchdown</source>
        <translation>Appui au sol</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Count a touchdown on this side</source>
        <translation>Compter un appui au sol de ce côté</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <location filename="../ui/player/controls.py" line="140"/>
        <source>Voice on</source>
        <translation>Voix activée</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <source>Mute or unmute the voice</source>
        <translation>Couper ou rétablir la voix</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <location filename="../ui/player/controls.py" line="148"/>
        <source>Beeps on</source>
        <translation>Bips activés</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <source>Mute or unmute the beeps</source>
        <translation>Couper ou rétablir les bips</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop the workout</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Go on</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="141"/>
        <source>Voice muted</source>
        <translation>Voix coupée</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="142"/>
        <source>No voice</source>
        <translation>Pas de voix</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="149"/>
        <source>Beeps muted</source>
        <translation>Bips coupés</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="150"/>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="235"/>
        <source>This routine has nothing to play.</source>
        <translation>Cette routine n’a rien à jouer.</translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="268"/>
        <source>A workout is playing</source>
        <translation>Une séance est en cours</translation>
    </message>
</context>
<context>
    <name>PlayerRun</name>
    <message>
        <location filename="../ui/player/run.py" line="72"/>
        <source>Trying it out: not saved in the history</source>
        <translation>Essai&#xa0;: pas enregistré dans l’historique</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="78"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation>En pause après une interruption. Appuie sur Espace pour reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="80"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuie sur Espace pour reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="134"/>
        <source>Stop the workout?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="135"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation>Arrêter la séance maintenant&#xa0;? Ce que tu as fait jusqu’ici est enregistré comme arrêté.</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="115"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>How the speech client&apos;s reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation>La voix est désactivée&#xa0;: elle n’a pas pu démarrer ({error}).</translation>
    </message>
</context>
<context>
    <name>QuickTimerDialog</name>
    <message>
        <location filename="../ui/library/quick_timer.py" line="53"/>
        <source>Quick timer</source>
        <translation>Minuteur rapide</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="54"/>
        <source>&amp;Rounds of work and rest</source>
        <translation>&amp;Tours d’effort et de repos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="55"/>
        <source>One &amp;max hold, as long as you can</source>
        <translation>Un maintien &amp;max, aussi longtemps que possible</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="59"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="60"/>
        <source>Work, seconds</source>
        <translation>Effort, en secondes</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="61"/>
        <source>Rest, seconds</source>
        <translation>Repos, en secondes</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="65"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="66"/>
        <source>Stop by itself after, seconds</source>
        <translation>S’arrêter seul après, en secondes</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="67"/>
        <source>only when I say done</source>
        <translation>seulement quand je dis terminé</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="71"/>
        <source>&amp;Exercise:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="72"/>
        <source>&amp;Work:</source>
        <translation>E&amp;ffort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="73"/>
        <source>R&amp;est:</source>
        <translation>&amp;Repos&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="74"/>
        <source>R&amp;ounds:</source>
        <translation>T&amp;ours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="75"/>
        <source>Ca&amp;p:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="81"/>
        <source>Save as routine</source>
        <translation>Enregistrer comme routine</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="118"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
        <translation>Minuteur rapide&#xa0;: {rounds} × {work} {exercise_lower}, {rest} de repos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="119"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
        <translation>Minuteur rapide&#xa0;: {rounds} × {work} {exercise_lower}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="120"/>
        <source>Quick max hold: {exercise}</source>
        <translation>Maintien max rapide&#xa0;: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="121"/>
        <source>Quick max hold: {exercise}, up to {cap}</source>
        <translation>Maintien max rapide&#xa0;: {exercise}, jusqu’à {cap}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="122"/>
        <source>A quick timer: rounds of work and rest.</source>
        <translation>Un minuteur rapide&#xa0;: des tours d’effort et de repos.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="123"/>
        <source>A quick timer: one hold, as long as you can.</source>
        <translation>Un minuteur rapide&#xa0;: un maintien, aussi longtemps que possible.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="124"/>
        <source>quick timer</source>
        <translation>minuteur rapide</translation>
    </message>
</context>
<context>
    <name>ReadingStandIn</name>
    <message>
        <location filename="../ui/window/places.py" line="96"/>
        <source>Reading the routines...</source>
        <translation>Lecture des routines…</translation>
    </message>
</context>
<context>
    <name>RoomModes</name>
    <message>
        <location filename="../ui/window/room.py" line="31"/>
        <source>&amp;Fullscreen room mode</source>
        <translation>Mode salle plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="35"/>
        <source>Leave room mode</source>
        <translation>Quitter le mode salle</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="39"/>
        <source>&amp;Mini view</source>
        <translation>Vue &amp;réduite</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../ui/editor/editing.py" line="117"/>
        <source>Delete</source>
        <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step.</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="125"/>
        <location filename="../ui/editor/editing.py" line="131"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="145"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="146"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="147"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="148"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="149"/>
        <source>max scale</source>
        <translation>échelle max</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="150"/>
        <source>default rest</source>
        <translation>repos par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="151"/>
        <source>lead-in</source>
        <translation>préparation</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="152"/>
        <source>switch time</source>
        <translation>temps de changement de côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="153"/>
        <source>countdown</source>
        <translation>décompte</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="154"/>
        <source>exercise name</source>
        <translation>nom de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="155"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="156"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="157"/>
        <source>cap</source>
        <translation>limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="158"/>
        <source>sides</source>
        <translation>côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="159"/>
        <source>cue</source>
        <translation>consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="160"/>
        <source>muscles</source>
        <translation>muscles</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="161"/>
        <source>timed cues</source>
        <translation>consignes minutées</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="162"/>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="163"/>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="165"/>
        <source>Change {field}</source>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../ui/editor/files.py" line="59"/>
        <source>{file} cannot be opened:</source>
        <translation>Impossible d’ouvrir {file}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="60"/>
        <source>Cannot open routine</source>
        <translation>Impossible d’ouvrir la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="66"/>
        <source>Parts of the file were not understood</source>
        <translation>Certaines parties du fichier n’ont pas été comprises</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="68"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation>{file} est ouvert, mais ces parties n’ont pas été comprises et seront omises à l’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="117"/>
        <location filename="../ui/editor/files.py" line="265"/>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Cannot save routine</source>
        <translation>Impossible d’enregistrer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="126"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="136"/>
        <source>{file} cannot be read:</source>
        <translation>Impossible de lire {file}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="137"/>
        <source>Cannot duplicate routine</source>
        <translation>Impossible de dupliquer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="155"/>
        <location filename="../ui/editor/files.py" line="199"/>
        <source>Cannot import routine</source>
        <translation>Impossible d’importer la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="183"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation>le fichier contient {count} séances&#xa0;; voici la première. Pour toutes les ajouter&#xa0;: barretimer import FILE</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="188"/>
        <source>Imported, not saved yet</source>
        <translation>Importée, pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="189"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation>{file} est affiché dans l’éditeur. Enregistre-le pour le garder.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
        <translation>{file} n’a pas été importé&#xa0;: il contient {problems}. Corrige-les et importe-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="206"/>
        <source>Cannot export routine</source>
        <translation>Impossible d’exporter la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="224"/>
        <source>the saved file</source>
        <translation>le fichier enregistré</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="233"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation>le fichier ne se relirait pas comme cette routine (une étape à toi nommée exactement comme un identifiant du catalogue est lue comme cet exercice du catalogue)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="240"/>
        <source>The routine was not saved:</source>
        <translation>La routine n’a pas été enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="316"/>
        <source>this routine</source>
        <translation>cette routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="319"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Enregistrer d’abord les modifications de «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="322"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation>«&#xa0;{name}&#xa0;» a des modifications qui ne peuvent pas encore être enregistrées.
{why}

Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>RoutineFilterBar</name>
    <message>
        <location filename="../ui/library/filter_bar.py" line="27"/>
        <source>Search names, descriptions and tags</source>
        <translation>Rechercher une routine</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="28"/>
        <source>Search routines</source>
        <translation>Rechercher des routines</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="31"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="32"/>
        <location filename="../ui/library/filter_bar.py" line="58"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="34"/>
        <source>Filter by level</source>
        <translation>Filtrer par niveau</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="35"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="38"/>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="49"/>
        <source>Routine name</source>
        <extracomment>The defaults&apos; grid of four is too wide beside a label in a compact window.</extracomment>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="61"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="72"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="74"/>
        <source>beginner</source>
        <translation>débutant</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="75"/>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="76"/>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="86"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="87"/>
        <source>runners, glutes, core</source>
        <translation>coureurs, fessiers, gainage</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="91"/>
        <source>Longest progression scale</source>
        <translation>Échelle de progression la plus longue</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="92"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="53"/>
        <source>Rest between steps</source>
        <translation>Repos entre les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="54"/>
        <source>Lead-in</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="55"/>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="99"/>
        <source>Countdown</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="101"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="111"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="112"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="115"/>
        <source>Max &amp;scale</source>
        <translation>Échelle ma&amp;x</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="119"/>
        <source>&amp;Level</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="127"/>
        <source>Le&amp;ad-in</source>
        <translation>&amp;Prépa</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="126"/>
        <source>&amp;Rest</source>
        <translation>&amp;Repos</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="128"/>
        <source>S&amp;witch</source>
        <translation>&amp;Côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="129"/>
        <source>C&amp;ountdown</source>
        <translation>Déco&amp;mpte</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="139"/>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="161"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation>Échelle max&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un nombre&#xa0;; donne-en un comme 1,5, ou laisse vide</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="78"/>
        <source>What the routine needs</source>
        <translation>Ce qu’il faut pour la routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="80"/>
        <source>Exercises new to you</source>
        <translation>Exercices nouveaux pour toi</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="115"/>
        <source>You will need: {things}</source>
        <translation>Il te faudra&#xa0;: {things}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="117"/>
        <source>You need no equipment, only some floor space.</source>
        <translation>Aucun matériel nécessaire, juste un peu de place au sol.</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="132"/>
        <source>New to you ({count}): how each one is done</source>
        <translation>Nouveaux pour toi ({count})&#xa0;: comment faire chacun</translation>
    </message>
</context>
<context>
    <name>RoutineOpening</name>
    <message>
        <location filename="../ui/window/opening.py" line="40"/>
        <source>A workout is playing</source>
        <translation>Une séance est en cours</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="41"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation>Arrête la séance en cours (Échap) avant d’en ouvrir une autre.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="131"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="132"/>
        <source>The quick timer could not be saved ({error}).</source>
        <translation>Le minuteur rapide n’a pas pu être enregistré ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="138"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="139"/>
        <source>Saved as {file} in your routines: the Library lists it now.</source>
        <translation>Enregistré sous {file} dans tes routines&#xa0;: la Bibliothèque l’affiche maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="159"/>
        <source>The routine editor is not available: it could not start.</source>
        <translation>L’éditeur de routines n’est pas disponible&#xa0;: il n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>RoutinePreview</name>
    <message>
        <location filename="../ui/library/preview.py" line="139"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="140"/>
        <location filename="../ui/library/preview.py" line="219"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="160"/>
        <source>Problems (fix the file, or open it in the editor):</source>
        <translation>Problèmes (corrige le fichier, ou ouvre-le dans l’éditeur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="164"/>
        <source>The intervals of the routine</source>
        <translation>Les intervalles de la routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="167"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="171"/>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="172"/>
        <source>Level, time and source</source>
        <translation>Niveau, durée et source</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="173"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="174"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="181"/>
        <source>Steps of the routine</source>
        <translation>Étapes de la routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="217"/>
        <source>Duplicate and edit</source>
        <translation>Dupliquer et modifier</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="222"/>
        <source>No routine selected</source>
        <translation>Aucune routine sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Shipped with barretimer</source>
        <translation>Fournie avec barretimer</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Your routine</source>
        <translation>Ta routine</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="238"/>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="248"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation>Cette routine a des problèmes et ne peut pas encore être jouée.</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="105"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="106"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="141"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Shipped</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Yours</source>
        <translation>À toi</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="147"/>
        <source>{source}: {problems}</source>
        <translation>{source}&#xa0;: {problems}</translation>
    </message>
</context>
<context>
    <name>ScaleChooser</name>
    <message>
        <location filename="../ui/player/scale_choice.py" line="39"/>
        <source>Scale</source>
        <extracomment>The scales offered, in percent: 50% to 150% in steps of 5%.</extracomment>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="41"/>
        <source>Holds, balance, stretches and move sets are made longer or shorter</source>
        <translation>Les maintiens, l’équilibre, les étirements et les séries de mouvements sont allongés ou raccourcis</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="43"/>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="47"/>
        <source>What the scale changes</source>
        <translation>Ce que change l’échelle</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="69"/>
        <source>{pct} (suggested)</source>
        <translation>{pct} (suggérée)</translation>
    </message>
</context>
<context>
    <name>SecondsField</name>
    <message>
        <location filename="../ui/editor/fields.py" line="110"/>
        <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
        <translation>donne des secondes (45), des minutes et secondes (1:30) ou des minutes (2m)</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="112"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation>donne des secondes (45), des minutes et secondes (1:30), ou max</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="114"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation>donne des secondes (45) ou des minutes et secondes (1:30), ou laisse vide</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="116"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas une durée&#xa0;; {hint}</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="58"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="59"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="62"/>
        <source>Time done of planned</source>
        <translation>Temps fait sur prévu</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="64"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="66"/>
        <source>Routine:</source>
        <translation>Routine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="67"/>
        <source>Started:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="68"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="69"/>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="70"/>
        <source>Intervals:</source>
        <translation>Intervalles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="126"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} sur {intervals} faits, {skipped} passés</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>Steps of this session</source>
        <translation>Étapes de cette séance</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="92"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="97"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="103"/>
        <source>Save effort and notes</source>
        <translation>Enregistrer l’effort et les notes</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="105"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="107"/>
        <source>Delete this session</source>
        <translation>Supprimer cette séance</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="109"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>This session is no longer in the history.</source>
        <translation>Cette séance n’est plus dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="121"/>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="132"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation>; appuis au sol gauche {left}, droite {right}</translation>
    </message>
</context>
<context>
    <name>SessionEditing</name>
    <message>
        <location filename="../ui/history/editing.py" line="93"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <location filename="../ui/history/editing.py" line="95"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation>Supprimer la séance de {routine} du {when}&#xa0;? Tu peux l’annuler jusqu’à la fermeture de barretimer.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <location filename="../ui/history/filters.py" line="37"/>
        <source>Show sessions of routine</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation>Afficher les séances de la routine</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="44"/>
        <source>Show sessions with status</source>
        <translation>Afficher les séances avec l’état</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="45"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="48"/>
        <source>Sessions from date</source>
        <translation>Séances à partir du</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="49"/>
        <source>Sessions up to date</source>
        <translation>Séances jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="51"/>
        <location filename="../ui/history/filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="54"/>
        <source>C&amp;lear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="55"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="68"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="71"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="86"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="97"/>
        <source>All routines</source>
        <translation>Toutes les routines</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <location filename="../ui/history/sessions_table.py" line="24"/>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <location filename="../ui/history/sessions_table.py" line="44"/>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation>Une nouvelle langue s’applique au redémarrage de barretimer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74"/>
        <source> words a minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation>Bip au début de chaque étape et pendant le décompte</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Lower their volume to</source>
        <translation>Baisser leur volume à</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Pause them</source>
        <translation>Les mettre en pause</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Leave them alone</source>
        <translation>Ne rien changer</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Their volume while a cue is spoken</source>
        <translation>Leur volume pendant une consigne</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source>As in the routine</source>
        <translation>Comme dans la routine</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation>Annoncer la suite («&#xa0;Ensuite&#xa0;: …&#xa0;») pendant les repos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation>Annoncer «&#xa0;mi-parcours&#xa0;» pendant les longs maintiens</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Describe an exercise you have not done before in the rest before it</source>
        <translation>Présenter un exercice jamais fait pendant le repos qui le précède</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Keep exercise figures still (reduce motion)</source>
        <translation>Figures d’exercices immobiles (moins d’animations)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source> sessions a week</source>
        <translation> séances par semaine</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>&amp;Rate</source>
        <translation>&amp;Débit</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>&amp;Countdown</source>
        <translation>Déco&amp;mpte</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>&amp;Lead-in</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>&amp;Weekly target</source>
        <translation>Ob&amp;jectif hebdomadaire</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Other players&apos; music under a cue</source>
        <translation>La musique des autres applications pendant une consigne</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="95"/>
        <source>The intervals of the routine</source>
        <translation>Les intervalles de la routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="79"/>
        <location filename="../ui/player/start_panel.py" line="111"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="122"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation>Cette routine ne peut pas être jouée tant que ces problèmes ne sont pas corrigés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="126"/>
        <source>Problems in the routine</source>
        <translation>Problèmes dans la routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="74"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="75"/>
        <source>Level, total time and steps</source>
        <translation>Niveau, durée totale et étapes</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="76"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <source>Kinds of interval</source>
        <translation>Types d’intervalles</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="78"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="252"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation>{total} ({scaled} à {pct})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="259"/>
        <source>{steps}, played as {intervals}</source>
        <translation>{steps}, jouées en {intervals}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="265"/>
        <source>Play at {pct}</source>
        <translation>Jouer à {pct}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="280"/>
        <source>{problems} found</source>
        <translation>{problems} trouvés</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="296"/>
        <source>The routine could not be read.</source>
        <translation>La routine n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <location filename="../ui/editor/step_commands.py" line="47"/>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="62"/>
        <location filename="../ui/editor/step_commands.py" line="72"/>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="92"/>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="102"/>
        <source>Add a repeat block</source>
        <translation>Ajouter un bloc répété</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="110"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/editor/step_form.py" line="72"/>
        <location filename="../ui/editor/step_form.py" line="248"/>
        <source>Picture...</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Show a picture of your own instead of the drawn figure</source>
        <translation>Afficher une image à toi à la place de la figure dessinée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Picture of your own</source>
        <translation>Image personnelle</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="76"/>
        <source>Exercise name</source>
        <translation>Nom de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="78"/>
        <source>Where the exercise comes from</source>
        <translation>D’où vient l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="80"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="88"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="89"/>
        <source>45, 1:30 or max</source>
        <translation>45, 1:30 ou max</translation>
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
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="93"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="58"/>
        <source>Cue said at the start</source>
        <extracomment>The folder the step&apos;s own picture is written from (the editor gives its routine&apos;s).</extracomment>
        <translation>Consigne dite au début</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="59"/>
        <source>Hear it</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="139"/>
        <source>Add cue</source>
        <translation>Ajouter une consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="142"/>
        <source>Remove cue</source>
        <translation>Supprimer la consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="176"/>
        <source>Cue</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Rest after</source>
        <translation>Repos après</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="60"/>
        <source>Hear the cue</source>
        <translation>Écouter la consigne</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="106"/>
        <source>Muscles</source>
        <translation>Muscles</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="128"/>
        <source>Timed cues</source>
        <translation>Consignes minutées</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <source>Add a timed cue</source>
        <translation>Ajouter une consigne minutée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="143"/>
        <source>Remove the selected timed cue</source>
        <translation>Supprimer la consigne minutée sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Rest after this step</source>
        <translation>Repos après cette étape</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="66"/>
        <source>Timed cue problem</source>
        <translation>Problème de consigne minutée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="152"/>
        <source>E&amp;xercise</source>
        <translation>E&amp;xercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="154"/>
        <source>Exercise figure</source>
        <translation>Figure de l’exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="161"/>
        <source>S&amp;ides</source>
        <translation>Cô&amp;tés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="165"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="172"/>
        <source>D&amp;uration</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="177"/>
        <source>&amp;Muscles</source>
        <translation>M&amp;uscles</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="186"/>
        <source>&amp;Timed cues</source>
        <translation>Consignes &amp;minutées</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="188"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="229"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation>Du catalogue d’exercices ({id})&#xa0;; les champs que tu modifies le remplacent.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="234"/>
        <source>An exercise of your own.</source>
        <translation>Un exercice à toi.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="250"/>
        <source>default ({rest})</source>
        <translation>par défaut ({rest})</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Step</source>
        <extracomment>The figure beside each step of the preview (pixels).</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Time</source>
        <translation>Durée</translation>
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
        <translation>Ajouter du &amp;catalogue…</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Ajouter une étape depuis le catalogue d’exercices</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add &amp;blank step</source>
        <translation>Ajouter une étape &amp;vide</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add a blank step</source>
        <translation>Ajouter une étape vide</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add re&amp;peat block</source>
        <translation>Ajouter un &amp;bloc répété</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add a repeat block</source>
        <translation>Ajouter un bloc répété</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate the selected item</source>
        <translation>Dupliquer l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete the selected item</source>
        <translation>Supprimer l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move the selected item up</source>
        <translation>Monter l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move the selected item down</source>
        <translation>Descendre l’élément sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="84"/>
        <source>Ctrl+D in the steps</source>
        <translation>Ctrl+D dans les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="85"/>
        <source>Delete key in the steps</source>
        <translation>Touche Suppr dans les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="86"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Haut&#xa0;; à côté d’un bloc répété, y entre ou en sort</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="88"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Bas&#xa0;; à côté d’un bloc répété, y entre ou en sort</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="100"/>
        <location filename="../ui/editor/panes.py" line="113"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="21"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="23"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="31"/>
        <source>First time with this routine: play it as written, and rate how hard it felt.</source>
        <translation>Première fois avec cette routine&#xa0;: fais-la telle qu’elle est écrite, puis note l’effort ressenti.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="34"/>
        <source>You have not completed this routine yet: play it as written.</source>
        <translation>Tu n’as pas encore terminé cette routine&#xa0;: fais-la telle qu’elle est écrite.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="37"/>
        <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
        <translation>Première fois avec cette routine avancée&#xa0;: commence à {scale} de l’effort et progresse.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="41"/>
        <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
        <translation>Première fois avec cette routine intermédiaire&#xa0;: commence à {scale} de l’effort et progresse.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="45"/>
        <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
        <translation>Tu n’as pas encore terminé cette routine avancée&#xa0;: commence à {scale} de l’effort et progresse.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
        <translation>Tu n’as pas encore terminé cette routine intermédiaire&#xa0;: commence à {scale} de l’effort et progresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="59"/>
        <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
        <translation>
            <numerusform>Tu as terminé cette routine pour la dernière fois il y a %n semaine&#xa0;: reviens à {scale} et progresse de nouveau.</numerusform>
            <numerusform>Tu as terminé cette routine pour la dernière fois il y a %n semaines&#xa0;: reviens à {scale} et progresse de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
        <translation>
            <numerusform>Tu as terminé cette routine pour la dernière fois il y a %n semaine&#xa0;: recommence à {scale} et progresse.</numerusform>
            <numerusform>Tu as terminé cette routine pour la dernière fois il y a %n semaines&#xa0;: recommence à {scale} et progresse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="75"/>
        <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
        <translation>
            <numerusform>Rien de terminé depuis %n jour&#xa0;: reste à {scale} cette fois.</numerusform>
            <numerusform>Rien de terminé depuis %n jours&#xa0;: reste à {scale} cette fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="84"/>
        <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
        <translation>Ta dernière séance à {other} n’a pas été terminée&#xa0;: reste à {scale} jusqu’à ce que tu la termines.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
        <translation>Ta dernière séance a été difficile ({effort}/10)&#xa0;: reste à {scale} jusqu’à ce qu’elle te semble plus facile.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="91"/>
        <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
        <translation>Reste à {scale}. Note l’effort de chaque séance (de 1 à 10) à la fin&#xa0;: deux séances faciles ({effort} ou moins) te vaudront une offre de plus.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="95"/>
        <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
        <translation>Reste à {scale}&#xa0;: termine-la encore une fois avec un effort de {effort} ou moins dans les trois semaines pour monter.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="99"/>
        <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
        <translation>Tes deux dernières séances ont été faciles&#xa0;: essaie {scale} (pas plus de 10% au-dessus d’il y a une semaine).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="102"/>
        <source>{other} was too much {when}: try {scale} first.</source>
        <translation>{other}, c’était trop {when}&#xa0;: essaie d’abord {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="103"/>
        <source>{other} was too much {when}: stay at {scale} for now.</source>
        <translation>{other}, c’était trop {when}&#xa0;: reste à {scale} pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="104"/>
        <source>You are at this routine&apos;s maximum of {other}: stay there.</source>
        <translation>Tu es au maximum de cette routine, {other}&#xa0;: restes-y.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="105"/>
        <source>You added 10% this week already: stay at {scale} for now.</source>
        <translation>Tu as déjà ajouté 10% cette semaine&#xa0;: reste à {scale} pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="106"/>
        <source>This routine goes up to {other}: play it at {scale}.</source>
        <translation>Cette routine va jusqu’à {other}&#xa0;: fais-la à {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="107"/>
        <source>A week ago you were at {other}: no more than {scale} this week.</source>
        <translation>Il y a une semaine, tu étais à {other}&#xa0;: pas plus de {scale} cette semaine.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="108"/>
        <source>Your plan sets this session at {scale}.</source>
        <translation>Ton programme fixe cette séance à {scale}.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>Workout summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="110"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="111"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="113"/>
        <source>Time done of planned</source>
        <translation>Temps fait sur prévu</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="116"/>
        <source>Steps done and skipped</source>
        <translation>Étapes faites et passées</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Touchdowns per side</source>
        <translation>Appuis au sol par côté</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="124"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation>Comment ça s’est passé&#xa0;? Quelque chose à retenir pour la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="129"/>
        <source>Routine:</source>
        <translation>Routine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="130"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="132"/>
        <source>Intervals:</source>
        <translation>Intervalles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="142"/>
        <source>New personal bests</source>
        <translation>Nouveaux records personnels</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="150"/>
        <source>{exercise}: {time} (your best was {before})</source>
        <translation>{exercise}&#xa0;: {time} (ton record était de {before})</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="156"/>
        <source>{exercise}: {time} (the first one)</source>
        <translation>{exercise}&#xa0;: {time} (le premier)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="162"/>
        <source>New best:</source>
        <translation>Nouveau record&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="195"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} sur {intervals} faits, {skipped} passés</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="133"/>
        <source>Touchdowns:</source>
        <translation>Appuis au sol&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="168"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="170"/>
        <source>Save effort and notes</source>
        <translation>Enregistrer l’effort et les notes</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="171"/>
        <source>Skip without saving</source>
        <translation>Passer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="98"/>
        <source>This session is no longer in the history.</source>
        <translation>Cette séance n’est plus dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="182"/>
        <source>Workout complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="183"/>
        <source>Workout stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="185"/>
        <source>Workout interrupted</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="190"/>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="202"/>
        <source>Left {left}, right {right}</source>
        <translation>Gauche {left}, droite {right}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="233"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="234"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation>L’effort et les notes n’ont pas pu être enregistrés dans l’historique ({error}).</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="113"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="115"/>
        <source>Number of steps</source>
        <translation>Nombre d’étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="119"/>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Time per kind</source>
        <translation>Durée par type</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Muscle group</source>
        <translation>Groupe musculaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="123"/>
        <location filename="../ui/editor/panels.py" line="134"/>
        <source>Time per muscle group</source>
        <translation>Durée par groupe musculaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="125"/>
        <source>Muscles without a stretch</source>
        <translation>Muscles sans étirement</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="155"/>
        <location filename="../ui/editor/panels.py" line="190"/>
        <source>Total: {time}</source>
        <translation>Total&#xa0;: {time}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="157"/>
        <source>{written}, played as {played}</source>
        <translation>{written}, jouées en {played}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="146"/>
        <location filename="../ui/editor/panels.py" line="179"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="194"/>
        <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
        <translation>{written} étapes écrites&#xa0;; avec les répétitions, plus de {count} étapes à jouer, trop pour les tableaux ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="205"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation>⚠ Travaillés mais jamais étirés&#xa0;: {muscles}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="209"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation>✓ Pas étirés ici, volontairement&#xa0;: {muscles}. {why}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="214"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation>✓ Chaque groupe musculaire travaillé a son étirement.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="215"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation>Coche les muscles de chaque étape pour voir où va le travail.</translation>
    </message>
</context>
<context>
    <name>TextFixPane</name>
    <message>
        <location filename="../ui/editor/text_mode.py" line="45"/>
        <source>Routine file text</source>
        <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. &quot;Save text as it is&quot; was chosen: ``text``.</extracomment>
        <translation>Texte du fichier de la routine</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="49"/>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="53"/>
        <location filename="../ui/editor/text_mode.py" line="54"/>
        <source>Save the text as it is</source>
        <translation>Enregistrer le texte tel quel</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="79"/>
        <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
        <translation>{file} ne peut pas être affiché dans les formulaires&#xa0;: il contient des problèmes, listés ci-dessous et marqués dans le texte. Corrige-les ici&#xa0;; dès que le fichier se lit sans problème, les formulaires reviennent.</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="112"/>
        <source>line {line}: {message}</source>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../ui/player/totals.py" line="41"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation>Écoulé {elapsed}  ·  Reste {left}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="45"/>
        <source>Current streak in weeks</source>
        <translation>Série actuelle en semaines</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>What the streak counts</source>
        <translation>Ce que compte la série</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="53"/>
        <source>This week so far</source>
        <translation>Cette semaine jusqu’ici</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes per week by kind</source>
        <translation>Minutes par semaine et par type</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="77"/>
        <source>Completed sessions per week</source>
        <translation>Séances terminées par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="78"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="83"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation>Exercices d’équilibre&#xa0;: secondes à gauche et à droite par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="84"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="186"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="188"/>
        <source>No training in these weeks yet.</source>
        <translation>Pas encore d’entraînement sur ces semaines.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="200"/>
        <source>Completed sessions</source>
        <translation>Séances terminées</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="205"/>
        <source>Target: {n} a week</source>
        <translation>Objectif&#xa0;: {n} par semaine</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation>Pas encore de séance terminée sur ces semaines.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="219"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="221"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="224"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="225"/>
        <source>No balance drills on both sides yet.</source>
        <translation>Pas encore d’exercice d’équilibre des deux côtés.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="168"/>
        <source>This week: {done} of {target} so far</source>
        <translation>Cette semaine&#xa0;: {done} sur {target} pour l’instant</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../ui/window/files.py" line="30"/>
        <source>Open a routine</source>
        <translation>Ouvrir une routine</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="32"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Routines (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="48"/>
        <source>Open a routine in the player first.</source>
        <translation>Ouvre d’abord une routine dans le lecteur.</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="54"/>
        <source>Export watch workout</source>
        <translation>Exporter une séance pour montre</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="56"/>
        <source>FIT workouts (*.fit)</source>
        <translation>Séances FIT (*.fit)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="65"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ui/window/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <extracomment>A shortcut as QAction takes it: a platform&apos;s standard key, a key sequence or its text.</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="54"/>
        <source>&amp;About barretimer</source>
        <translation>À &amp;propos de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="69"/>
        <source>&amp;Open routine...</source>
        <translation>&amp;Ouvrir une routine…</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="75"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="89"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation>Séance pour &amp;montre (FIT)…</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>Sheet to &amp;print (PDF)...</source>
        <translation>Fiche à &amp;imprimer (PDF)…</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Player</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="107"/>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="127"/>
        <source>About barretimer</source>
        <translation>À propos de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="129"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation>barretimer {version}

Un minuteur de séances guidées pour la barre, les maintiens isométriques, les étirements et l’équilibre, avec consignes vocales et historique local.

Ton dossier de données&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="139"/>
        <source>Space: pause or go on</source>
        <translation>Espace&#xa0;: pause ou reprise</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="140"/>
        <source>Right: skip   ·   Left: back</source>
        <translation>Droite&#xa0;: passer   ·   Gauche&#xa0;: revenir</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="141"/>
        <source>+: ten seconds more</source>
        <translation>+&#xa0;: dix secondes de plus</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="142"/>
        <source>Enter: done (max holds)</source>
        <translation>Entrée&#xa0;: terminé (maintiens max)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="143"/>
        <source>T: touchdown in a balance drill</source>
        <translation>T&#xa0;: appui au sol pendant un exercice d’équilibre</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="144"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation>M&#xa0;: couper la voix   ·   B&#xa0;: couper les bips</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="145"/>
        <source>Esc: stop (asks first)</source>
        <translation>Échap&#xa0;: arrêter (avec confirmation)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="146"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation>F11&#xa0;: mode salle plein écran   ·   Ctrl+Maj+M&#xa0;: vue réduite</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="147"/>
        <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
        <translation>Ctrl+1 à Ctrl+5&#xa0;: Bibliothèque, Lecteur, Éditeur, Historique, Exercices</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <location filename="../ui/window/preferences.py" line="83"/>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Aucun périphérique audio trouvé&#xa0;: les consignes s’affichent seulement à l’écran.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="85"/>
        <source>Sound could not start, so cues are shown on screen only.</source>
        <translation>Le son n’a pas pu démarrer&#xa0;: les consignes s’affichent seulement à l’écran.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="87"/>
        <source>Speech is not available, so cues are beeps and words on screen.</source>
        <translation>La synthèse vocale n’est pas disponible&#xa0;: les consignes passent par des bips et du texte à l’écran.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation>Un problème est survenu&#xa0;: {error}

L’application continue. Les détails ont été écrits dans {log}.</translation>
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
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="246"/>
        <location filename="../ui/editor/step_tree.py" line="159"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="249"/>
        <location filename="../ui/editor/step_tree.py" line="160"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="247"/>
        <location filename="../ui/editor/step_tree.py" line="161"/>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="178"/>
        <source>Item {position}: {text}</source>
        <translation>Élément {position}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="137"/>
        <location filename="../ui/editor/step_tree.py" line="195"/>
        <source>repeat block</source>
        <translation>bloc répété</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="198"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="203"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="98"/>
        <source>At (s)</source>
        <translation>À (s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="99"/>
        <source>Say</source>
        <translation>Dire</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="125"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un temps&#xa0;: donne des secondes comme 20, ou -15 pour compter depuis la fin</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="248"/>
        <source>Muscles</source>
        <translation>Muscles</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="250"/>
        <source>Cue</source>
        <translation>Consigne</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="40"/>
        <location filename="../ui/history/summary.py" line="44"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>Effort from 1 to 10</source>
        <translation>Effort de 1 à 10</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="48"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Ressenti&#xa0;: 1 très facile, 10 aussi dur que possible</translation>
    </message>
</context>
<context>
    <name>equipment</name>
    <message>
        <location filename="../ui/labels.py" line="267"/>
        <source>barre or chair</source>
        <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but &quot;none&quot;.</extracomment>
        <translation>barre ou chaise</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="268"/>
        <source>band</source>
        <translation>élastique</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="269"/>
        <source>ball</source>
        <translation>ballon</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="270"/>
        <source>light weights</source>
        <translation>poids légers</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="271"/>
        <source>cushion</source>
        <translation>coussin</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="272"/>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="273"/>
        <source>step</source>
        <translation>marche</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="274"/>
        <source>towel</source>
        <translation>serviette</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="33"/>
        <source>Week of {date}</source>
        <extracomment>A chart&apos;s text for each week, oldest first.</extracomment>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation>L’historique n’a pas pu être modifié ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation>Supprimer la séance de {routine}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation>Modifier l’effort et les notes</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Done / planned</source>
        <translation>Fait / prévu</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="182"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="242"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="243"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="244"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="245"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="246"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="247"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="248"/>
        <location filename="../ui/history/models.py" line="266"/>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="249"/>
        <source>Touchdowns</source>
        <translation>Appuis au sol</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Move</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>H</source>
        <comment>the letter of Hold on the strip</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>S</source>
        <comment>the letter of Stretch on the strip</comment>
        <translation>É</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="84"/>
        <source>B</source>
        <comment>the letter of Balance on the strip</comment>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="87"/>
        <source>M</source>
        <comment>the letter of Move on the strip</comment>
        <translation>V</translation>
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
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Max hold</source>
        <translation>Maintien max</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="109"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="110"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="117"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>LEFT</source>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>Stand on your left leg.</source>
        <translation>Tiens-toi sur la jambe gauche.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Stand on your right leg.</source>
        <translation>Tiens-toi sur la jambe droite.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Your left leg works; stand on the right.</source>
        <translation>Ta jambe gauche travaille&#xa0;; tiens-toi sur la droite.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Your right leg works; stand on the left.</source>
        <translation>Ta jambe droite travaille&#xa0;; tiens-toi sur la gauche.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>left, then right</source>
        <translation>gauche, puis droite</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
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
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Repeat ×{count}</source>
        <translation>Répéter ×{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="302"/>
        <source>holds, balance and stretches {change}</source>
        <translation>maintiens, équilibre et étirements {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="308"/>
        <source>moves {change} (sets up to {cap})</source>
        <translation>mouvements {change} (séries jusqu’à {cap})</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="310"/>
        <source>moves {change}</source>
        <translation>mouvements {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="314"/>
        <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
        <translation>À {scale}, rien ne s’allonge dans cette routine&#xa0;: ses étapes sont à durée libre.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="317"/>
        <source>At {scale}: {changes}.</source>
        <translation>À {scale}&#xa0;: {changes}.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="329"/>
        <source>at 100%: as written</source>
        <translation>à 100%&#xa0;: telle qu’écrite</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="332"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
        <translation>à {scale}&#xa0;: maintiens, équilibre, étirements et séries de mouvement {change}% plus longs, séries jusqu’à {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="338"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
        <translation>à {scale}&#xa0;: maintiens, équilibre, étirements et séries de mouvement {change}% plus courts</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="226"/>
        <source>{weeks} with at least {sessions} completed</source>
        <translation>{weeks} avec au moins {sessions} jusqu’au bout</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <location filename="../ui/labels.py" line="244"/>
        <source>glutes</source>
        <extracomment>Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.</extracomment>
        <translation>fessiers</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="245"/>
        <source>glute medius</source>
        <translation>moyen fessier</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="246"/>
        <source>hip rotators</source>
        <translation>rotateurs de hanche</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="247"/>
        <source>hip flexors</source>
        <translation>fléchisseurs de hanche</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="248"/>
        <source>adductors</source>
        <translation>adducteurs</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="249"/>
        <source>quads</source>
        <translation>quadriceps</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="250"/>
        <source>hamstrings</source>
        <translation>ischio-jambiers</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="251"/>
        <source>calves</source>
        <translation>mollets</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="252"/>
        <source>tibialis</source>
        <translation>tibial antérieur</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="253"/>
        <source>peroneals</source>
        <translation>péroniers</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="254"/>
        <source>feet</source>
        <translation>pieds</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="255"/>
        <source>core</source>
        <translation>sangle abdominale</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="256"/>
        <source>obliques</source>
        <translation>obliques</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="257"/>
        <source>back</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>arms</source>
        <translation>bras</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/history/importing.py" line="42"/>
        <source>Importing {file}...</source>
        <extracomment>Steps of the progress bar.</extracomment>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="43"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="48"/>
        <source>Import history</source>
        <translation>Importer l’historique</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="40"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../ui/player/display.py" line="95"/>
        <source>of {time}</source>
        <extracomment>Below this many seconds left the countdown shows tenths.</extracomment>
        <translation>sur {time}</translation>
    </message>
</context>
<context>
    <name>problem_words</name>
    <message>
        <location filename="../ui/editor/problem_words.py" line="18"/>
        <source>The routine needs a name.</source>
        <extracomment>Rules said the same whatever the numbers.</extracomment>
        <translation>La routine a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="19"/>
        <source>The routine has no steps yet: add one.</source>
        <translation>La routine n’a pas encore d’étape&#xa0;: ajoute-en une.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="20"/>
        <source>This repeat block has no steps yet.</source>
        <translation>Ce bloc de répétition n’a pas encore d’étape.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="21"/>
        <source>The step needs an exercise name.</source>
        <translation>L’étape a besoin d’un nom d’exercice.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="23"/>
        <source>A cap only goes with a &quot;max&quot; step, one held as long as you can.</source>
        <translation>Une limite ne va qu’avec une étape «&#xa0;max&#xa0;», tenue aussi longtemps que possible.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="48"/>
        <source>rest between steps</source>
        <translation>repos entre les étapes</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="49"/>
        <source>lead-in</source>
        <translation>préparation</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="50"/>
        <source>time to switch sides</source>
        <translation>temps pour changer de côté</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="59"/>
        <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
        <translation>Cette consigne est prévue {at}&#xa0;s après le début, mais l’étape ne dure que {length}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="64"/>
        <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
        <translation>Cette consigne est prévue {at}&#xa0;s avant la fin, mais l’étape ne dure que {length}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="71"/>
        <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
        <translation>La consigne minutée {number} compte depuis la fin, mais une étape max n’a pas de fin fixe&#xa0;: donne-lui un temps depuis le début (0 ou plus).</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="77"/>
        <source>Timed cue {number} has nothing to say.</source>
        <translation>La consigne minutée {number} n’a rien à dire.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="87"/>
        <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
        <translation>La valeur «&#xa0;{what}&#xa0;» doit aller de 0 à 600&#xa0;s&#xa0;; elle est de {value}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="91"/>
        <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
        <translation>Le décompte doit durer de 0 à 10&#xa0;s&#xa0;; il dure {value}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="95"/>
        <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
        <translation>L’échelle maximale doit aller de 1,0 à 3,0&#xa0;; elle est de {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="99"/>
        <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
        <translation>Un bloc se répète de 1 à {limit} fois&#xa0;; celui-ci indique {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="103"/>
        <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
        <translation>Un repos doit durer de 0 à 600&#xa0;s&#xa0;; celui-ci dure {value}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="107"/>
        <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
        <translation>Une étape dure plus de 0&#xa0;s et au plus 4&#xa0;heures&#xa0;; celle-ci indique {value}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="112"/>
        <source>The cap must be more than 0 s; it is {value} s.</source>
        <translation>La limite doit dépasser 0&#xa0;s&#xa0;; elle est de {value}&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="121"/>
        <source>There is no muscle group called &quot;{muscle}&quot;.</source>
        <translation>Il n’y a pas de groupe musculaire «&#xa0;{muscle}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="125"/>
        <source>A step can have at most {limit} timed cues; this one has {count}.</source>
        <translation>Une étape peut avoir au plus {limit} consignes minutées&#xa0;; celle-ci en a {count}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="129"/>
        <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
        <translation>Avec ses répétitions, la routine jouerait {count} étapes&#xa0;; {limit} au plus sont possibles.</translation>
    </message>
</context>
<context>
    <name>spin</name>
    <message>
        <location filename="../ui/history/summary.py" line="61"/>
        <source>1 = very easy, 10 = as hard as you can go</source>
        <translation>1 = très facile, 10 = aussi dur que possible</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort&#xa0;:</translation>
    </message>
</context>
</TS>
