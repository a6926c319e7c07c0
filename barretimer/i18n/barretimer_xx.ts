<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../ui/picture_choice.py" line="22" />
            <source>Choose a picture</source>
            <translation>⟦Choose a picture⟧</translation>
        </message>
        <message>
            <location filename="../ui/picture_choice.py" line="24" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
            <translation>⟦Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)⟧</translation>
        </message>
        <message>
            <location filename="../ui/picture_choice.py" line="31" />
            <source>Cannot use this picture</source>
            <translation>⟦Cannot use this picture⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="63" />
            <source>Repeat</source>
            <translation>⟦Repeat⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="128" />
            <source>Equipment: {items}</source>
            <translation>⟦Equipment: {items}⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="129" />
            <source>none</source>
            <translation>⟦none⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="214" />
            <location filename="../ui/print_sheet.py" line="240" />
            <source>cannot write {file}</source>
            <translation>⟦cannot write {file}⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="271" />
            <source>Open a routine in the player first.</source>
            <translation>⟦Open a routine in the player first.⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="276" />
            <source>Export a sheet to print</source>
            <translation>⟦Export a sheet to print⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="278" />
            <source>PDF files (*.pdf)</source>
            <translation>⟦PDF files (*.pdf)⟧</translation>
        </message>
        <message>
            <location filename="../ui/print_sheet.py" line="288" />
            <source>Cannot export</source>
            <translation>⟦Cannot export⟧</translation>
        </message>
    </context>
    <context>
        <name>BestsModel</name>
        <message>
            <location filename="../ui/history/bests.py" line="42" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/bests.py" line="42" />
            <source>Best hold</source>
            <translation>⟦Best hold⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/bests.py" line="42" />
            <source>Set on</source>
            <translation>⟦Set on⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/bests.py" line="42" />
            <source>Holds</source>
            <translation>⟦Holds⟧</translation>
        </message>
    </context>
    <context>
        <name>BestsView</name>
        <message>
            <location filename="../ui/history/bests.py" line="70" />
            <source>Personal bests</source>
            <translation>⟦Personal bests⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/bests.py" line="82" />
            <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
            <translation>⟦No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/bests.py" line="88" />
            <source>The longest you held each max hold (steps that count up).</source>
            <translation>⟦The longest you held each max hold (steps that count up).⟧</translation>
        </message>
    </context>
    <context>
        <name>BlockForm</name>
        <message>
            <location filename="../ui/editor/forms.py" line="219" />
            <source>Repeat</source>
            <translation>⟦Repeat⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="227" />
            <source>Block name</source>
            <translation>⟦Block name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="228" />
            <source>optional, e.g. Seat circuit</source>
            <translation>⟦optional, e.g. Seat circuit⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="229" />
            <source>Rest between rounds</source>
            <translation>⟦Rest between rounds⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="233" />
            <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
            <translation>⟦Drag steps into or out of the block, or use Move up and Move down next to it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="240" />
            <source>Repea&amp;t</source>
            <translation>⟦Repea&amp;t⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="241" />
            <source>Na&amp;me</source>
            <translation>⟦Na&amp;me⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="242" />
            <source>Rest between ro&amp;unds</source>
            <translation>⟦Rest between ro&amp;unds⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="257" />
            <source>default ({rest})</source>
            <translation>⟦default ({rest})⟧</translation>
        </message>
    </context>
    <context>
        <name>CatalogPicker</name>
        <message>
            <location filename="../ui/editor/picker.py" line="56" />
            <source>Add a step from the exercise catalog</source>
            <translation>⟦Add a step from the exercise catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="63" />
            <source>Exercises</source>
            <translation>⟦Exercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="78" />
            <source>Search the catalog</source>
            <translation>⟦Search the catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="79" />
            <source>Search by name, kind, muscle or cue</source>
            <translation>⟦Search by name, kind, muscle or cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="82" />
            <source>&amp;Search</source>
            <translation>⟦&amp;Search⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="85" />
            <source>About the exercise</source>
            <translation>⟦About the exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="92" />
            <source>&amp;Add step</source>
            <translation>⟦&amp;Add step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="100" />
            <source>Exercise figure</source>
            <translation>⟦Exercise figure⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="127" />
            <source>No exercise matches the search.</source>
            <translation>⟦No exercise matches the search.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="131" />
            <source>Safety: {text}</source>
            <translation>⟦Safety: {text}⟧</translation>
        </message>
    </context>
    <context>
        <name>CategoryChart</name>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="99" />
            <source>{name}: {value}</source>
            <translation>⟦{name}: {value}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="105" />
            <source>Total: {value}</source>
            <translation>⟦Total: {value}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="110" />
            <source>Nothing recorded</source>
            <translation>⟦Nothing recorded⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="119" />
            <source>Nothing to show yet.</source>
            <translation>⟦Nothing to show yet.⟧</translation>
        </message>
    </context>
    <context>
        <name>ChecksPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="240" />
            <source>Summary</source>
            <translation>⟦Summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="244" />
            <location filename="../ui/editor/panes.py" line="254" />
            <source>Problems</source>
            <translation>⟦Problems⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="253" />
            <source>Save status</source>
            <translation>⟦Save status⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="272" />
            <source>✓ No problems: the routine can be saved.</source>
            <translation>⟦✓ No problems: the routine can be saved.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="275" />
            <source>⚠ Cannot save yet: {problem}</source>
            <translation>⟦⚠ Cannot save yet: {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="277" />
            <source>(and {count} more)</source>
            <translation>⟦(and {count} more)⟧</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <location filename="../ui/player/ring.py" line="77" />
            <source>Time left</source>
            <translation>⟦Time left⟧</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="37" />
            <source>%Ln round(s)</source>
            <translation>
                <numerusform>⟦%Ln round⟧</numerusform>
                <numerusform>⟦%Ln rounds⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="40" />
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>⟦%Ln step⟧</numerusform>
                <numerusform>⟦%Ln steps⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="43" />
            <source>%Ln session(s)</source>
            <translation>
                <numerusform>⟦%Ln session⟧</numerusform>
                <numerusform>⟦%Ln sessions⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="46" />
            <source>%Ln interval(s)</source>
            <translation>
                <numerusform>⟦%Ln interval⟧</numerusform>
                <numerusform>⟦%Ln intervals⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="49" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>⟦%Ln problem⟧</numerusform>
                <numerusform>⟦%Ln problems⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="52" />
            <source>week(s) in a row</source>
            <translation>
                <numerusform>⟦week in a row⟧</numerusform>
                <numerusform>⟦weeks in a row⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="56" />
            <source>time(s)</source>
            <translation>
                <numerusform>⟦time⟧</numerusform>
                <numerusform>⟦times⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <location filename="../ui/editor/page.py" line="105" />
            <source>Routine being edited</source>
            <extracomment>"Try it": play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine's name, with " *" when not saved.</extracomment>
            <translation>⟦Routine being edited⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="107" />
            <source>File</source>
            <translation>⟦File⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="279" />
            <source>Not saved yet: Save writes it to {folder}</source>
            <translation>⟦Not saved yet: Save writes it to {folder}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="171" />
            <source>My routine</source>
            <translation>⟦My routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="268" />
            <source>(no name)</source>
            <translation>⟦(no name)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="284" />
            <source>Not saved yet</source>
            <translation>⟦Not saved yet⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="286" />
            <source>File: {path}</source>
            <translation>⟦File: {path}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="287" />
            <source>{title} – barretimer editor</source>
            <translation>⟦{title} – barretimer editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="56" />
            <source>line {line}: {message}</source>
            <translation>⟦line {line}: {message}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="65" />
            <source>… and {count} more</source>
            <translation>⟦… and {count} more⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="43" />
            <source>Save routine as</source>
            <translation>⟦Save routine as⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="19" />
            <source>Routines (*.yaml *.yml)</source>
            <extracomment>How many problems a message lists before "and N more".</extracomment>
            <translation>⟦Routines (*.yaml *.yml)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="23" />
            <source>Open routine</source>
            <translation>⟦Open routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="29" />
            <source>Import routine</source>
            <translation>⟦Import routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="30" />
            <source>Routines and other timers' workouts (*.yaml *.yml *.json *.feeel)</source>
            <translation>⟦Routines and other timers' workouts (*.yaml *.yml *.json *.feeel)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/file_dialogs.py" line="37" />
            <source>Export routine</source>
            <translation>⟦Export routine⟧</translation>
        </message>
    </context>
    <context>
        <name>EditorToolbar</name>
        <message>
            <location filename="../ui/editor/toolbar.py" line="38" />
            <source>Editor actions</source>
            <translation>⟦Editor actions⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="73" />
            <source>&amp;New</source>
            <translation>⟦&amp;New⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="75" />
            <source>&amp;Open…</source>
            <translation>⟦&amp;Open…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="77" />
            <source>&amp;Import…</source>
            <translation>⟦&amp;Import…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="78" />
            <source>E&amp;xport…</source>
            <translation>⟦E&amp;xport…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="80" />
            <source>&amp;Save</source>
            <translation>⟦&amp;Save⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="86" />
            <source>Save &amp;as…</source>
            <translation>⟦Save &amp;as…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="88" />
            <source>&amp;Undo</source>
            <translation>⟦&amp;Undo⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="90" />
            <source>&amp;Redo</source>
            <translation>⟦&amp;Redo⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="95" />
            <source>&amp;Try it</source>
            <translation>⟦&amp;Try it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/toolbar.py" line="97" />
            <source>Play the routine from the selected step (Ctrl+Enter)</source>
            <translation>⟦Play the routine from the selected step (Ctrl+Enter)⟧</translation>
        </message>
    </context>
    <context>
        <name>EndPanel</name>
        <message>
            <location filename="../ui/player/end_panel.py" line="34" />
            <source>Workout ended</source>
            <translation>⟦Workout ended⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="35" />
            <source>What was done</source>
            <translation>⟦What was done⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="36" />
            <source>Back to the library</source>
            <translation>⟦Back to the library⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="37" />
            <source>Play again</source>
            <translation>⟦Play again⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="83" />
            <source>Well done!</source>
            <translation>⟦Well done!⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="83" />
            <source>Stopped</source>
            <translation>⟦Stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="85" />
            <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
            <translation>⟦{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="96" />
            <source>Touchdowns: left {left}, right {right}.</source>
            <translation>⟦Touchdowns: left {left}, right {right}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="100" />
            <source>New personal best: {exercise}, {time}.</source>
            <translation>⟦New personal best: {exercise}, {time}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="104" />
            <source>This try was not saved in the history.</source>
            <translation>⟦This try was not saved in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="106" />
            <source>Saved in your history.</source>
            <translation>⟦Saved in your history.⟧</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <location filename="../ui/exercises/detail.py" line="62" />
            <source>Used in</source>
            <extracomment>What a "used in" line opens: a routine's path, or None for a plan (shown in the Library).</extracomment>
            <translation>⟦Used in⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="68" />
            <source>Routines and plans that use this exercise</source>
            <translation>⟦Routines and plans that use this exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="70" />
            <location filename="../ui/exercises/detail.py" line="72" />
            <source>Add to a routine</source>
            <translation>⟦Add to a routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="71" />
            <source>Open the editor with this exercise added</source>
            <translation>⟦Open the editor with this exercise added⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="114" />
            <source>Safety: {line}</source>
            <translation>⟦Safety: {line}⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="119" />
            <source>Equipment: {items}</source>
            <translation>⟦Equipment: {items}⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="120" />
            <source>none</source>
            <translation>⟦none⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="125" />
            <source>Routine: {name}</source>
            <translation>⟦Routine: {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="130" />
            <source>Plan: {plan} (in {routine})</source>
            <translation>⟦Plan: {plan} (in {routine})⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/detail.py" line="137" />
            <source>No routine uses it yet.</source>
            <translation>⟦No routine uses it yet.⟧</translation>
        </message>
    </context>
    <context>
        <name>ExerciseFilterBar</name>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="23" />
            <location filename="../ui/exercises/filter_bar.py" line="24" />
            <source>Search the exercises</source>
            <translation>⟦Search the exercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="27" />
            <source>Any muscle</source>
            <translation>⟦Any muscle⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="27" />
            <source>Muscle group</source>
            <translation>⟦Muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="30" />
            <source>Any kind</source>
            <translation>⟦Any kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="32" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="35" />
            <source>Any equipment</source>
            <translation>⟦Any equipment⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/filter_bar.py" line="37" />
            <source>Equipment</source>
            <translation>⟦Equipment⟧</translation>
        </message>
    </context>
    <context>
        <name>ExerciseNotes</name>
        <message>
            <location filename="../ui/exercise_notes.py" line="23" />
            <source>Needs: {things}</source>
            <extracomment>How long after an interval changes the player's notes on the next exercise appear or go.</extracomment>
            <translation>⟦Needs: {things}⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercise_notes.py" line="42" />
            <source>What it needs</source>
            <translation>⟦What it needs⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercise_notes.py" line="43" />
            <source>How it is done</source>
            <translation>⟦How it is done⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercise_notes.py" line="44" />
            <source>Safety</source>
            <translation>⟦Safety⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercise_notes.py" line="95" />
            <source>Safety: {line}</source>
            <translation>⟦Safety: {line}⟧</translation>
        </message>
    </context>
    <context>
        <name>ExerciseTableModel</name>
        <message>
            <location filename="../ui/exercises/model.py" line="56" />
            <source>Exercise</source>
            <extracomment>The exercise behind a row (any column). The page imports one item's word under this name.</extracomment>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/model.py" line="56" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/model.py" line="56" />
            <source>Muscles</source>
            <translation>⟦Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/model.py" line="56" />
            <source>Equipment</source>
            <translation>⟦Equipment⟧</translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message>
            <location filename="../ui/exercises/page.py" line="54" />
            <location filename="../ui/exercises/page.py" line="86" />
            <source>Exercises</source>
            <translation>⟦Exercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/exercises/page.py" line="149" />
            <source>{shown} of {total} exercises</source>
            <translation>⟦{shown} of {total} exercises⟧</translation>
        </message>
    </context>
    <context>
        <name>FieldChecks</name>
        <message>
            <location filename="../ui/editor/checks.py" line="34" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/checks.py" line="36" />
            <source>Step {position}</source>
            <translation>⟦Step {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/checks.py" line="39" />
            <source>Block {position} ({title})</source>
            <translation>⟦Block {position} ({title})⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/checks.py" line="42" />
            <source>Step {position} ({name})</source>
            <translation>⟦Step {position} ({name})⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryNotes</name>
        <message>
            <location filename="../ui/player/history_notes.py" line="98" />
            <source>New best! Your best was {time}.</source>
            <translation>⟦New best! Your best was {time}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/history_notes.py" line="99" />
            <source>Your best: {time}</source>
            <translation>⟦Your best: {time}⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../ui/history/page.py" line="60" />
            <source>History views</source>
            <translation>⟦History views⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="61" />
            <source>&amp;Sessions</source>
            <translation>⟦&amp;Sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="63" />
            <source>&amp;Trends</source>
            <translation>⟦&amp;Trends⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="65" />
            <source>Personal &amp;bests</source>
            <translation>⟦Personal &amp;bests⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="92" />
            <source>&amp;Details…</source>
            <translation>⟦&amp;Details…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="93" />
            <source>Open the selected session</source>
            <translation>⟦Open the selected session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="94" />
            <source>De&amp;lete…</source>
            <translation>⟦De&amp;lete…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="95" />
            <source>Delete the selected session</source>
            <translation>⟦Delete the selected session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="96" />
            <source>&amp;Undo</source>
            <translation>⟦&amp;Undo⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="103" />
            <source>Undo the last change to the history</source>
            <translation>⟦Undo the last change to the history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="105" />
            <source>E&amp;xport CSV…</source>
            <translation>⟦E&amp;xport CSV…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="106" />
            <source>Export the history to a CSV file</source>
            <translation>⟦Export the history to a CSV file⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="107" />
            <source>&amp;Import CSV…</source>
            <translation>⟦&amp;Import CSV…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="108" />
            <source>Import sessions from a CSV file</source>
            <translation>⟦Import sessions from a CSV file⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="111" />
            <source>Number of sessions shown</source>
            <translation>⟦Number of sessions shown⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="114" />
            <source>Sort sessions by</source>
            <translation>⟦Sort sessions by⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="117" />
            <source>Newest first</source>
            <translation>⟦Newest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="118" />
            <source>Oldest first</source>
            <translation>⟦Oldest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="119" />
            <source>Routine A to Z</source>
            <translation>⟦Routine A to Z⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="120" />
            <source>Longest first</source>
            <translation>⟦Longest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="121" />
            <source>Shortest first</source>
            <translation>⟦Shortest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="122" />
            <source>Hardest first</source>
            <translation>⟦Hardest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="123" />
            <source>Easiest first</source>
            <translation>⟦Easiest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="126" />
            <source>Sor&amp;t:</source>
            <translation>⟦Sor&amp;t:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="287" />
            <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
            <translation>⟦Wrote {sessions} to {file}, and their steps to {steps}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="209" />
            <source>1 session matches</source>
            <translation>⟦1 session matches⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="211" />
            <source>{n} sessions match</source>
            <translation>⟦{n} sessions match⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="260" />
            <source>History</source>
            <translation>⟦History⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="271" />
            <location filename="../ui/history/page.py" line="286" />
            <source>Export history</source>
            <translation>⟦Export history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="271" />
            <location filename="../ui/history/page.py" line="295" />
            <source>CSV files (*.csv)</source>
            <translation>⟦CSV files (*.csv)⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="279" />
            <source>The history could not be written to {file}: {reason}</source>
            <translation>⟦The history could not be written to {file}: {reason}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="295" />
            <location filename="../ui/history/page.py" line="315" />
            <source>Import history</source>
            <translation>⟦Import history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="321" />
            <source>Nothing was imported. {problem}</source>
            <translation>⟦Nothing was imported. {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="324" />
            <source>Nothing was imported: {problem}</source>
            <translation>⟦Nothing was imported: {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="316" />
            <source>Added {added} sessions; {skipped} were already in the history.</source>
            <translation>⟦Added {added} sessions; {skipped} were already in the history.⟧</translation>
        </message>
    </context>
    <context>
        <name>IntervalStrip</name>
        <message>
            <location filename="../ui/player/strip.py" line="165" />
            <source>Workout progress</source>
            <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window's colour.</extracomment>
            <translation>⟦Workout progress⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/strip.py" line="186" />
            <source>Interval {n} of {count}</source>
            <translation>⟦Interval {n} of {count}⟧</translation>
        </message>
    </context>
    <context>
        <name>ItemPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="182" />
            <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
            <translation>⟦Select a step or a repeat block to edit it, or add one with the buttons below the steps.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="209" />
            <source>Step {position}</source>
            <translation>⟦Step {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="213" />
            <source>Repeat block {position}</source>
            <translation>⟦Repeat block {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="216" />
            <source>Selected item</source>
            <translation>⟦Selected item⟧</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../ui/library/page.py" line="116" />
            <source>Routines</source>
            <translation>⟦Routines⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="86" />
            <source>Quick timer…</source>
            <translation>⟦Quick timer…⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="88" />
            <source>Rounds of work and rest, or one max hold, without writing a routine</source>
            <translation>⟦Rounds of work and rest, or one max hold, without writing a routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="111" />
            <source>Reading the routines...</source>
            <translation>⟦Reading the routines...⟧</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/window/pages.py" line="123" />
            <source>Editor</source>
            <translation>⟦Editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/pages.py" line="151" />
            <source>History</source>
            <translation>⟦History⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="182" />
            <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
            <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
            <translation>⟦The history cannot be used: {problem}. Workouts play but are not saved.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="188" />
            <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
            <translation>⟦The history database was damaged; it was moved to {path} and a new one was started.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/pages.py" line="121" />
            <source>The routine editor could not start.</source>
            <translation>⟦The routine editor could not start.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/pages.py" line="145" />
            <source>The history cannot be opened (see the notice above).</source>
            <translation>⟦The history cannot be opened (see the notice above).⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/pages.py" line="149" />
            <source>The history view could not start.</source>
            <translation>⟦The history view could not start.⟧</translation>
        </message>
    </context>
    <context>
        <name>MiniView</name>
        <message>
            <location filename="../ui/player/mini_view.py" line="31" />
            <source>barretimer mini view</source>
            <translation>⟦barretimer mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="33" />
            <source>Mini view</source>
            <translation>⟦Mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="37" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="39" />
            <source>Side</source>
            <translation>⟦Side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="41" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="60" />
            <source>Nothing playing</source>
            <translation>⟦Nothing playing⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="69" />
            <source>Workout complete</source>
            <translation>⟦Workout complete⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="71" />
            <source>Workout stopped</source>
            <translation>⟦Workout stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="95" />
            <source>Paused</source>
            <translation>⟦Paused⟧</translation>
        </message>
    </context>
    <context>
        <name>NewExerciseCard</name>
        <message>
            <location filename="../ui/player/start_intro.py" line="47" />
            <source>Figure: {name}</source>
            <extracomment>The figure beside each new exercise (pixels).</extracomment>
            <translation>⟦Figure: {name}⟧</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../ui/banner.py" line="24" />
            <source>Dismiss</source>
            <translation>⟦Dismiss⟧</translation>
        </message>
        <message>
            <location filename="../ui/banner.py" line="25" />
            <source>Dismiss the notice</source>
            <translation>⟦Dismiss the notice⟧</translation>
        </message>
        <message>
            <location filename="../ui/banner.py" line="27" />
            <source>Details…</source>
            <translation>⟦Details…⟧</translation>
        </message>
        <message>
            <location filename="../ui/banner.py" line="28" />
            <source>Show the details of the notice</source>
            <translation>⟦Show the details of the notice⟧</translation>
        </message>
        <message>
            <location filename="../ui/banner.py" line="48" />
            <source>Notice</source>
            <translation>⟦Notice⟧</translation>
        </message>
        <message>
            <location filename="../ui/banner.py" line="77" />
            <source>Details</source>
            <translation>⟦Details⟧</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../ui/remote/notify.py" line="59" />
            <source>Workout done</source>
            <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
            <translation>⟦Workout done⟧</translation>
        </message>
        <message>
            <location filename="../ui/remote/notify.py" line="60" />
            <source>{routine}: {done}. Well done!</source>
            <translation>⟦{routine}: {done}. Well done!⟧</translation>
        </message>
        <message>
            <location filename="../ui/remote/notify.py" line="77" />
            <source>{name}: as long as you can</source>
            <translation>⟦{name}: as long as you can⟧</translation>
        </message>
        <message>
            <location filename="../ui/remote/notify.py" line="78" />
            <source>Say "done" with Next on your remote, or Enter in the window.</source>
            <translation>⟦Say "done" with Next on your remote, or Enter in the window.⟧</translation>
        </message>
    </context>
    <context>
        <name>PaneSplitter</name>
        <message>
            <location filename="../ui/editor/arrangement.py" line="25" />
            <source>Selected item and checks</source>
            <translation>⟦Selected item and checks⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/arrangement.py" line="83" />
            <source>Routine</source>
            <extracomment>The widths two and three panes need with roomy forms (kept while compact).</extracomment>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/arrangement.py" line="84" />
            <source>Selected item</source>
            <translation>⟦Selected item⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/arrangement.py" line="85" />
            <location filename="../ui/editor/arrangement.py" line="111" />
            <source>Summary and problems</source>
            <translation>⟦Summary and problems⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/editor/arrangement.py" line="109" />
            <source>Summary and problems (%n)</source>
            <translation>
                <numerusform>⟦Summary and problems (%n)⟧</numerusform>
                <numerusform>⟦Summary and problems (%n)⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaceList</name>
        <message>
            <location filename="../ui/window/places.py" line="41" />
            <source>Places</source>
            <extracomment>Room around each place's name: across, then down (each side).</extracomment>
            <translation>⟦Places⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/places.py" line="43" />
            <source>Library</source>
            <translation>⟦Library⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/places.py" line="43" />
            <source>Player</source>
            <translation>⟦Player⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/places.py" line="43" />
            <source>Editor</source>
            <translation>⟦Editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/places.py" line="43" />
            <source>History</source>
            <translation>⟦History⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/places.py" line="44" />
            <source>Exercises</source>
            <translation>⟦Exercises⟧</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <location filename="../ui/plan_panel.py" line="62" />
            <source>Your plan</source>
            <translation>⟦Your plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="71" />
            <source>What is next in your plan</source>
            <translation>⟦What is next in your plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="78" />
            <source>About this week</source>
            <translation>⟦About this week⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="87" />
            <location filename="../ui/plan_panel.py" line="153" />
            <source>Plans</source>
            <translation>⟦Plans⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="88" />
            <source>Follow this plan</source>
            <translation>⟦Follow this plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="90" />
            <source>Stop following</source>
            <translation>⟦Stop following⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="155" />
            <source>Follow a plan and this place will say what to play next each week.</source>
            <translation>⟦Follow a plan and this place will say what to play next each week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="160" />
            <source>{name} ({weeks} weeks)</source>
            <translation>⟦{name} ({weeks} weeks)⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="167" />
            <source>Your plan: {name}</source>
            <translation>⟦Your plan: {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="175" />
            <source>Start {routine}</source>
            <translation>⟦Start {routine}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="185" />
            <source>All {weeks} weeks done. Well done!</source>
            <translation>⟦All {weeks} weeks done. Well done!⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="189" />
            <source>{first}, then {last}</source>
            <translation>⟦{first}, then {last}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="192" />
            <source>Week {week} of {weeks}: {sessions}.</source>
            <translation>⟦Week {week} of {weeks}: {sessions}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="196" />
            <source>All done this week; week {next} starts on {day}.</source>
            <translation>⟦All done this week; week {next} starts on {day}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="200" />
            <source>{done} of {count} done this week.</source>
            <translation>⟦{done} of {count} done this week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="204" />
            <source>A break of three weeks took the plan back a week.</source>
            <translation>⟦A break of three weeks took the plan back a week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="237" />
            <source>The plan could not be saved: {problem}</source>
            <translation>⟦The plan could not be saved: {problem}⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayView</name>
        <message>
            <location filename="../ui/player/view.py" line="95" />
            <source>Exercise figure</source>
            <translation>⟦Exercise figure⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="47" />
            <source>Round</source>
            <extracomment>Room mode's text sizes as shares of the screen's height (font pixel size): what reads from 3 m. The countdown's digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
            <translation>⟦Round⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="48" />
            <source>Workout time</source>
            <translation>⟦Workout time⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="49" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="50" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="51" />
            <source>Cue</source>
            <translation>⟦Cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="52" />
            <source>Next up</source>
            <translation>⟦Next up⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="53" />
            <source>Touchdowns</source>
            <translation>⟦Touchdowns⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="156" />
            <source>{side} side</source>
            <translation>⟦{side} side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="163" />
            <source>Press Enter when you are done.</source>
            <translation>⟦Press Enter when you are done.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="169" />
            <source>Next up: {name}</source>
            <translation>⟦Next up: {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="171" />
            <source>Last one!</source>
            <translation>⟦Last one!⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="177" />
            <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
            <translation>⟦Touchdowns (T):  ◀ left {left}   ·   right {right} ▶⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <location filename="../ui/player/controls.py" line="43" />
            <location filename="../ui/player/controls.py" line="130" />
            <source>Pause</source>
            <translation>⟦Pause⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="43" />
            <source>Pause or go on</source>
            <translation>⟦Pause or go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="45" />
            <source>Back</source>
            <translation>⟦Back⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="47" />
            <source>Restart this interval, or go to the one before</source>
            <translation>⟦Restart this interval, or go to the one before⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="50" />
            <source>Skip</source>
            <translation>⟦Skip⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="50" />
            <source>Skip to the next interval</source>
            <translation>⟦Skip to the next interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="53" />
            <source>+10 s</source>
            <translation>⟦+10 s⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="59" />
            <source>Add 10 seconds to this interval</source>
            <translation>⟦Add 10 seconds to this interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="62" />
            <source>Done</source>
            <translation>⟦Done⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="68" />
            <source>Finish this max hold now</source>
            <translation>⟦Finish this max hold now⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="71" />
            <source>Touchdown</source>
            <translation>⟦Touchdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="71" />
            <source>Count a touchdown on this side</source>
            <translation>⟦Count a touchdown on this side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="74" />
            <location filename="../ui/player/controls.py" line="140" />
            <source>Voice on</source>
            <translation>⟦Voice on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="74" />
            <source>Mute or unmute the voice</source>
            <translation>⟦Mute or unmute the voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="77" />
            <location filename="../ui/player/controls.py" line="148" />
            <source>Beeps on</source>
            <translation>⟦Beeps on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="77" />
            <source>Mute or unmute the beeps</source>
            <translation>⟦Mute or unmute the beeps⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="79" />
            <source>Stop</source>
            <translation>⟦Stop⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="79" />
            <source>Stop the workout</source>
            <translation>⟦Stop the workout⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="130" />
            <source>Go on</source>
            <translation>⟦Go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="141" />
            <source>Voice muted</source>
            <translation>⟦Voice muted⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="142" />
            <source>No voice</source>
            <translation>⟦No voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="149" />
            <source>Beeps muted</source>
            <translation>⟦Beeps muted⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="150" />
            <source>No sound</source>
            <translation>⟦No sound⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayerPage</name>
        <message>
            <location filename="../ui/player/page.py" line="235" />
            <source>This routine has nothing to play.</source>
            <translation>⟦This routine has nothing to play.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="268" />
            <source>A workout is playing</source>
            <translation>⟦A workout is playing⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayerRun</name>
        <message>
            <location filename="../ui/player/run.py" line="72" />
            <source>Trying it out: not saved in the history</source>
            <translation>⟦Trying it out: not saved in the history⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/run.py" line="78" />
            <source>Paused after a break. Press Space to go on.</source>
            <translation>⟦Paused after a break. Press Space to go on.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/run.py" line="80" />
            <source>Paused. Press Space to go on.</source>
            <translation>⟦Paused. Press Space to go on.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/run.py" line="134" />
            <source>Stop the workout?</source>
            <translation>⟦Stop the workout?⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/run.py" line="135" />
            <source>Stop the workout now? What you have done so far is saved as stopped.</source>
            <translation>⟦Stop the workout now? What you have done so far is saved as stopped.⟧</translation>
        </message>
    </context>
    <context>
        <name>QtSpeech</name>
        <message>
            <location filename="../ui/speech_qt.py" line="115" />
            <source>Speech is off: it could not start ({error}).</source>
            <extracomment>How the speech client's reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
            <translation>⟦Speech is off: it could not start ({error}).⟧</translation>
        </message>
    </context>
    <context>
        <name>QuickTimerDialog</name>
        <message>
            <location filename="../ui/library/quick_timer.py" line="53" />
            <source>Quick timer</source>
            <translation>⟦Quick timer⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="54" />
            <source>&amp;Rounds of work and rest</source>
            <translation>⟦&amp;Rounds of work and rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="55" />
            <source>One &amp;max hold, as long as you can</source>
            <translation>⟦One &amp;max hold, as long as you can⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="59" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="60" />
            <source>Work, seconds</source>
            <translation>⟦Work, seconds⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="61" />
            <source>Rest, seconds</source>
            <translation>⟦Rest, seconds⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="65" />
            <source>Rounds</source>
            <translation>⟦Rounds⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="66" />
            <source>Stop by itself after, seconds</source>
            <translation>⟦Stop by itself after, seconds⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="67" />
            <source>only when I say done</source>
            <translation>⟦only when I say done⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="71" />
            <source>&amp;Exercise:</source>
            <translation>⟦&amp;Exercise:⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="72" />
            <source>&amp;Work:</source>
            <translation>⟦&amp;Work:⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="73" />
            <source>R&amp;est:</source>
            <translation>⟦R&amp;est:⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="74" />
            <source>R&amp;ounds:</source>
            <translation>⟦R&amp;ounds:⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="75" />
            <source>Ca&amp;p:</source>
            <translation>⟦Ca&amp;p:⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="78" />
            <source>&amp;Start</source>
            <translation>⟦&amp;Start⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="81" />
            <source>Save as routine</source>
            <translation>⟦Save as routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="118" />
            <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
            <translation>⟦Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="119" />
            <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
            <translation>⟦Quick timer: {rounds} × {work} {exercise_lower}⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="120" />
            <source>Quick max hold: {exercise}</source>
            <translation>⟦Quick max hold: {exercise}⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="121" />
            <source>Quick max hold: {exercise}, up to {cap}</source>
            <translation>⟦Quick max hold: {exercise}, up to {cap}⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="122" />
            <source>A quick timer: rounds of work and rest.</source>
            <translation>⟦A quick timer: rounds of work and rest.⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="123" />
            <source>A quick timer: one hold, as long as you can.</source>
            <translation>⟦A quick timer: one hold, as long as you can.⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="124" />
            <source>quick timer</source>
            <translation>⟦quick timer⟧</translation>
        </message>
    </context>
    <context>
        <name>ReadingStandIn</name>
        <message>
            <location filename="../ui/window/places.py" line="96" />
            <source>Reading the routines...</source>
            <translation>⟦Reading the routines...⟧</translation>
        </message>
    </context>
    <context>
        <name>RoomModes</name>
        <message>
            <location filename="../ui/window/room.py" line="31" />
            <source>&amp;Fullscreen room mode</source>
            <translation>⟦&amp;Fullscreen room mode⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/room.py" line="35" />
            <source>Leave room mode</source>
            <translation>⟦Leave room mode⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/room.py" line="39" />
            <source>&amp;Mini view</source>
            <translation>⟦&amp;Mini view⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditing</name>
        <message>
            <location filename="../ui/editor/editing.py" line="117" />
            <source>Delete</source>
            <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step.</extracomment>
            <translation>⟦Delete⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="125" />
            <location filename="../ui/editor/editing.py" line="131" />
            <source>Move</source>
            <translation>⟦Move⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="145" />
            <source>name</source>
            <translation>⟦name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="146" />
            <source>description</source>
            <translation>⟦description⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="147" />
            <source>level</source>
            <translation>⟦level⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="148" />
            <source>tags</source>
            <translation>⟦tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="149" />
            <source>max scale</source>
            <translation>⟦max scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="150" />
            <source>default rest</source>
            <translation>⟦default rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="151" />
            <source>lead-in</source>
            <translation>⟦lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="152" />
            <source>switch time</source>
            <translation>⟦switch time⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="153" />
            <source>countdown</source>
            <translation>⟦countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="154" />
            <source>exercise name</source>
            <translation>⟦exercise name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="155" />
            <source>kind</source>
            <translation>⟦kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="156" />
            <source>duration</source>
            <translation>⟦duration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="157" />
            <source>cap</source>
            <translation>⟦cap⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="158" />
            <source>sides</source>
            <translation>⟦sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="159" />
            <source>cue</source>
            <translation>⟦cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="160" />
            <source>muscles</source>
            <translation>⟦muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="161" />
            <source>timed cues</source>
            <translation>⟦timed cues⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="162" />
            <source>rest</source>
            <translation>⟦rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="163" />
            <source>repeat</source>
            <translation>⟦repeat⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/editing.py" line="165" />
            <source>Change {field}</source>
            <translation>⟦Change {field}⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineFiles</name>
        <message>
            <location filename="../ui/editor/files.py" line="59" />
            <source>{file} cannot be opened:</source>
            <translation>⟦{file} cannot be opened:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="60" />
            <source>Cannot open routine</source>
            <translation>⟦Cannot open routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="66" />
            <source>Parts of the file were not understood</source>
            <translation>⟦Parts of the file were not understood⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="68" />
            <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
            <translation>⟦{file} opened, but these parts of it were not understood and will be left out when you save:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="117" />
            <location filename="../ui/editor/files.py" line="265" />
            <location filename="../ui/editor/files.py" line="275" />
            <source>Cannot save routine</source>
            <translation>⟦Cannot save routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="126" />
            <source>{name} (copy)</source>
            <translation>⟦{name} (copy)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="136" />
            <source>{file} cannot be read:</source>
            <translation>⟦{file} cannot be read:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="137" />
            <source>Cannot duplicate routine</source>
            <translation>⟦Cannot duplicate routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="155" />
            <location filename="../ui/editor/files.py" line="199" />
            <source>Cannot import routine</source>
            <translation>⟦Cannot import routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="183" />
            <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
            <translation>⟦the file holds {count} workouts; this is the first. To add them all: barretimer import FILE⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="188" />
            <source>Imported, not saved yet</source>
            <translation>⟦Imported, not saved yet⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="189" />
            <source>{file} is shown in the editor. Save it to keep it.</source>
            <translation>⟦{file} is shown in the editor. Save it to keep it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="197" />
            <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
            <translation>⟦{file} was not imported: it has {problems}. Fix them and import it again.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="206" />
            <source>Cannot export routine</source>
            <translation>⟦Cannot export routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="224" />
            <source>the saved file</source>
            <translation>⟦the saved file⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="233" />
            <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
            <translation>⟦the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="240" />
            <source>The routine was not saved:</source>
            <translation>⟦The routine was not saved:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="316" />
            <source>this routine</source>
            <translation>⟦this routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="319" />
            <source>Save the changes to “{name}” first?</source>
            <translation>⟦Save the changes to “{name}” first?⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="322" />
            <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
            <translation>⟦“{name}” has changes that cannot be saved yet.
{why}

Discard them?⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/files.py" line="324" />
            <source>Unsaved changes</source>
            <translation>⟦Unsaved changes⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineFilterBar</name>
        <message>
            <location filename="../ui/library/filter_bar.py" line="27" />
            <source>Search names, descriptions and tags</source>
            <translation>⟦Search names, descriptions and tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="28" />
            <source>Search routines</source>
            <translation>⟦Search routines⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="31" />
            <source>Filter by tag</source>
            <translation>⟦Filter by tag⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="32" />
            <location filename="../ui/library/filter_bar.py" line="58" />
            <source>All tags</source>
            <translation>⟦All tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="34" />
            <source>Filter by level</source>
            <translation>⟦Filter by level⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="35" />
            <source>All levels</source>
            <translation>⟦All levels⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/filter_bar.py" line="38" />
            <source>New routine</source>
            <translation>⟦New routine⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <location filename="../ui/editor/forms.py" line="49" />
            <source>Routine name</source>
            <extracomment>The defaults' grid of four is too wide beside a label in a compact window.</extracomment>
            <translation>⟦Routine name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="61" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="72" />
            <source>Level</source>
            <translation>⟦Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="74" />
            <source>beginner</source>
            <translation>⟦beginner⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="75" />
            <source>intermediate</source>
            <translation>⟦intermediate⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="76" />
            <source>advanced</source>
            <translation>⟦advanced⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="86" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="87" />
            <source>runners, glutes, core</source>
            <translation>⟦runners, glutes, core⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="91" />
            <source>Longest progression scale</source>
            <translation>⟦Longest progression scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="92" />
            <source>no limit</source>
            <translation>⟦no limit⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="53" />
            <source>Rest between steps</source>
            <translation>⟦Rest between steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="54" />
            <source>Lead-in</source>
            <translation>⟦Lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="55" />
            <source>Switch sides</source>
            <translation>⟦Switch sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="99" />
            <source>Countdown</source>
            <translation>⟦Countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="101" />
            <source> s</source>
            <translation>⟦ s⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="111" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="112" />
            <source>&amp;Description</source>
            <translation>⟦&amp;Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="115" />
            <source>Max &amp;scale</source>
            <translation>⟦Max &amp;scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="119" />
            <source>&amp;Level</source>
            <translation>⟦&amp;Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="122" />
            <source>Ta&amp;gs</source>
            <translation>⟦Ta&amp;gs⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="127" />
            <source>Le&amp;ad-in</source>
            <translation>⟦Le&amp;ad-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="126" />
            <source>&amp;Rest</source>
            <translation>⟦&amp;Rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="128" />
            <source>S&amp;witch</source>
            <translation>⟦S&amp;witch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="129" />
            <source>C&amp;ountdown</source>
            <translation>⟦C&amp;ountdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="139" />
            <source>Defaults</source>
            <translation>⟦Defaults⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="161" />
            <source>Max scale: "{text}" is not a number; give one such as 1.5, or leave it empty</source>
            <translation>⟦Max scale: "{text}" is not a number; give one such as 1.5, or leave it empty⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineIntro</name>
        <message>
            <location filename="../ui/player/start_intro.py" line="78" />
            <source>What the routine needs</source>
            <translation>⟦What the routine needs⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_intro.py" line="80" />
            <source>Exercises new to you</source>
            <translation>⟦Exercises new to you⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_intro.py" line="115" />
            <source>You will need: {things}</source>
            <translation>⟦You will need: {things}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_intro.py" line="117" />
            <source>You need no equipment, only some floor space.</source>
            <translation>⟦You need no equipment, only some floor space.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_intro.py" line="132" />
            <source>New to you ({count}): how each one is done</source>
            <translation>⟦New to you ({count}): how each one is done⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineOpening</name>
        <message>
            <location filename="../ui/window/opening.py" line="40" />
            <source>A workout is playing</source>
            <translation>⟦A workout is playing⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="41" />
            <source>Stop the workout that is playing (Esc) before opening another.</source>
            <translation>⟦Stop the workout that is playing (Esc) before opening another.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="131" />
            <source>Not saved</source>
            <translation>⟦Not saved⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="132" />
            <source>The quick timer could not be saved ({error}).</source>
            <translation>⟦The quick timer could not be saved ({error}).⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="138" />
            <source>Saved</source>
            <translation>⟦Saved⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="139" />
            <source>Saved as {file} in your routines: the Library lists it now.</source>
            <translation>⟦Saved as {file} in your routines: the Library lists it now.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/opening.py" line="159" />
            <source>The routine editor is not available: it could not start.</source>
            <translation>⟦The routine editor is not available: it could not start.⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutinePreview</name>
        <message>
            <location filename="../ui/library/preview.py" line="139" />
            <source>Start</source>
            <translation>⟦Start⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="140" />
            <location filename="../ui/library/preview.py" line="219" />
            <source>Edit</source>
            <translation>⟦Edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="160" />
            <source>Problems (fix the file, or open it in the editor):</source>
            <translation>⟦Problems (fix the file, or open it in the editor):⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="164" />
            <source>The intervals of the routine</source>
            <translation>⟦The intervals of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="167" />
            <source>Problems</source>
            <translation>⟦Problems⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="171" />
            <source>Routine name</source>
            <translation>⟦Routine name⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="172" />
            <source>Level, time and source</source>
            <translation>⟦Level, time and source⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="173" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="174" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="181" />
            <source>Steps of the routine</source>
            <translation>⟦Steps of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="217" />
            <source>Duplicate and edit</source>
            <translation>⟦Duplicate and edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="222" />
            <source>No routine selected</source>
            <translation>⟦No routine selected⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="231" />
            <source>Shipped with barretimer</source>
            <translation>⟦Shipped with barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="231" />
            <source>Your routine</source>
            <translation>⟦Your routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="238" />
            <source>Tags: {tags}</source>
            <translation>⟦Tags: {tags}⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="248" />
            <source>This routine has problems and cannot be played yet.</source>
            <translation>⟦This routine has problems and cannot be played yet.⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineTableModel</name>
        <message>
            <location filename="../ui/library/model.py" line="102" />
            <source>Routine</source>
            <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="103" />
            <source>Level</source>
            <translation>⟦Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="104" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="105" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="106" />
            <source>Source</source>
            <translation>⟦Source⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="141" />
            <source>invalid</source>
            <translation>⟦invalid⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="145" />
            <source>Shipped</source>
            <translation>⟦Shipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="145" />
            <source>Yours</source>
            <translation>⟦Yours⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/model.py" line="147" />
            <source>{source}: {problems}</source>
            <translation>⟦{source}: {problems}⟧</translation>
        </message>
    </context>
    <context>
        <name>ScaleChooser</name>
        <message>
            <location filename="../ui/player/scale_choice.py" line="39" />
            <source>Scale</source>
            <extracomment>The scales offered, in percent: 50% to 150% in steps of 5%.</extracomment>
            <translation>⟦Scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/scale_choice.py" line="41" />
            <source>Holds, balance, stretches and move sets are made longer or shorter</source>
            <translation>⟦Holds, balance, stretches and move sets are made longer or shorter⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/scale_choice.py" line="43" />
            <source>&amp;Scale:</source>
            <translation>⟦&amp;Scale:⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/scale_choice.py" line="47" />
            <source>What the scale changes</source>
            <translation>⟦What the scale changes⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/scale_choice.py" line="69" />
            <source>{pct} (suggested)</source>
            <translation>⟦{pct} (suggested)⟧</translation>
        </message>
    </context>
    <context>
        <name>SecondsField</name>
        <message>
            <location filename="../ui/editor/fields.py" line="110" />
            <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
            <translation>⟦give seconds (45), minutes and seconds (1:30) or minutes (2m)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/fields.py" line="112" />
            <source>give seconds (45), minutes and seconds (1:30), or max</source>
            <translation>⟦give seconds (45), minutes and seconds (1:30), or max⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/fields.py" line="114" />
            <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
            <translation>⟦give seconds (45) or minutes and seconds (1:30), or leave it empty⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/fields.py" line="116" />
            <source>{field}: "{text}" is not a duration; {hint}</source>
            <translation>⟦{field}: "{text}" is not a duration; {hint}⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionDetailsDialog</name>
        <message>
            <location filename="../ui/history/details.py" line="38" />
            <source>Session details</source>
            <extracomment>session id, effort (0 = not rated), notes</extracomment>
            <translation>⟦Session details⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="58" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="59" />
            <source>Started</source>
            <translation>⟦Started⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="60" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="62" />
            <source>Time done of planned</source>
            <translation>⟦Time done of planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="64" />
            <source>Steps</source>
            <translation>⟦Steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="66" />
            <source>Routine:</source>
            <translation>⟦Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="67" />
            <source>Started:</source>
            <translation>⟦Started:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="68" />
            <source>Status:</source>
            <translation>⟦Status:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="69" />
            <source>Time:</source>
            <translation>⟦Time:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="70" />
            <source>Intervals:</source>
            <translation>⟦Intervals:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="126" />
            <source>{done} of {intervals} done, {skipped} skipped</source>
            <translation>⟦{done} of {intervals} done, {skipped} skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="77" />
            <source>Steps of this session</source>
            <translation>⟦Steps of this session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="92" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="97" />
            <source>&amp;Notes:</source>
            <translation>⟦&amp;Notes:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="103" />
            <source>Save effort and notes</source>
            <translation>⟦Save effort and notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="105" />
            <source>&amp;Delete session…</source>
            <translation>⟦&amp;Delete session…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="107" />
            <source>Delete this session</source>
            <translation>⟦Delete this session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="109" />
            <source>Close without saving</source>
            <translation>⟦Close without saving⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="49" />
            <source>This session is no longer in the history.</source>
            <translation>⟦This session is no longer in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="121" />
            <source>{done} of {planned}</source>
            <translation>⟦{done} of {planned}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="132" />
            <source>; touchdowns left {left}, right {right}</source>
            <translation>⟦; touchdowns left {left}, right {right}⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionEditing</name>
        <message>
            <location filename="../ui/history/editing.py" line="93" />
            <source>Delete session</source>
            <translation>⟦Delete session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/editing.py" line="95" />
            <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
            <translation>⟦Delete the session of {routine} from {when}? You can undo this until you close barretimer.⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionFilters</name>
        <message>
            <location filename="../ui/history/filters.py" line="37" />
            <source>Show sessions of routine</source>
            <extracomment>The earliest date a date filter offers; a date edit showing it means "no limit".</extracomment>
            <translation>⟦Show sessions of routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="44" />
            <source>Show sessions with status</source>
            <translation>⟦Show sessions with status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="45" />
            <source>Any status</source>
            <translation>⟦Any status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="48" />
            <source>Sessions from date</source>
            <translation>⟦Sessions from date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="49" />
            <source>Sessions up to date</source>
            <translation>⟦Sessions up to date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="51" />
            <location filename="../ui/history/filters.py" line="52" />
            <source>Search notes</source>
            <translation>⟦Search notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="54" />
            <source>C&amp;lear filters</source>
            <translation>⟦C&amp;lear filters⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="55" />
            <source>Clear filters</source>
            <translation>⟦Clear filters⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="68" />
            <source>&amp;Routine:</source>
            <translation>⟦&amp;Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="69" />
            <source>St&amp;atus:</source>
            <translation>⟦St&amp;atus:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="70" />
            <source>&amp;From:</source>
            <translation>⟦&amp;From:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="71" />
            <source>T&amp;o:</source>
            <translation>⟦T&amp;o:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="86" />
            <source>Any</source>
            <translation>⟦Any⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/filters.py" line="97" />
            <source>All routines</source>
            <translation>⟦All routines⟧</translation>
        </message>
    </context>
    <context>
        <name>SessionsTable</name>
        <message>
            <location filename="../ui/history/sessions_table.py" line="24" />
            <source>Past sessions</source>
            <translation>⟦Past sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/sessions_table.py" line="44" />
            <source>Delete session</source>
            <translation>⟦Delete session⟧</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="42" />
            <source>Settings</source>
            <translation>⟦Settings⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="61" />
            <source>The system's language</source>
            <translation>⟦The system's language⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="65" />
            <source>A new language applies when barretimer restarts.</source>
            <translation>⟦A new language applies when barretimer restarts.⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="68" />
            <source>Default voice</source>
            <translation>⟦Default voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="74" />
            <source> words a minute</source>
            <translation>⟦ words a minute⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="78" />
            <source>Beep at the start of each step and in the countdown</source>
            <translation>⟦Beep at the start of each step and in the countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="85" />
            <source>Lower their volume to</source>
            <translation>⟦Lower their volume to⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="86" />
            <source>Pause them</source>
            <translation>⟦Pause them⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="87" />
            <source>Leave them alone</source>
            <translation>⟦Leave them alone⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="91" />
            <source> %</source>
            <translation>⟦ %⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="96" />
            <source>Their volume while a cue is spoken</source>
            <translation>⟦Their volume while a cue is spoken⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="105" />
            <location filename="../ui/settings_dialog.py" line="108" />
            <source> s</source>
            <translation>⟦ s⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="105" />
            <location filename="../ui/settings_dialog.py" line="108" />
            <source>As in the routine</source>
            <translation>⟦As in the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="110" />
            <source>Say what comes next ("Next up: ...") in rests</source>
            <translation>⟦Say what comes next ("Next up: ...") in rests⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="112" />
            <source>Say "halfway" in long holds</source>
            <translation>⟦Say "halfway" in long holds⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="115" />
            <source>Describe an exercise you have not done before in the rest before it</source>
            <translation>⟦Describe an exercise you have not done before in the rest before it⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="119" />
            <source>Keep exercise figures still (reduce motion)</source>
            <translation>⟦Keep exercise figures still (reduce motion)⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="127" />
            <source>Follow the system</source>
            <translation>⟦Follow the system⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="128" />
            <source>Light</source>
            <translation>⟦Light⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="129" />
            <source>Dark</source>
            <translation>⟦Dark⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="133" />
            <source> sessions a week</source>
            <translation>⟦ sessions a week⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="140" />
            <location filename="../ui/settings_dialog.py" line="173" />
            <source>Data folder</source>
            <translation>⟦Data folder⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="141" />
            <source>Open folder</source>
            <translation>⟦Open folder⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="153" />
            <source>Lan&amp;guage</source>
            <translation>⟦Lan&amp;guage⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="155" />
            <source>&amp;Voice</source>
            <translation>⟦&amp;Voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="156" />
            <source>&amp;Rate</source>
            <translation>⟦&amp;Rate⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="157" />
            <source>V&amp;olume</source>
            <translation>⟦V&amp;olume⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="159" />
            <source>&amp;Countdown</source>
            <translation>⟦&amp;Countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="160" />
            <source>&amp;Lead-in</source>
            <translation>⟦&amp;Lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="165" />
            <source>&amp;Theme</source>
            <translation>⟦&amp;Theme⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="166" />
            <source>&amp;Weekly target</source>
            <translation>⟦&amp;Weekly target⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="171" />
            <location filename="../ui/settings_dialog.py" line="172" />
            <source>Other players' music under a cue</source>
            <translation>⟦Other players' music under a cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="143" />
            <source>Open the data folder</source>
            <translation>⟦Open the data folder⟧</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <location filename="../ui/player/start_panel.py" line="95" />
            <source>The intervals of the routine</source>
            <translation>⟦The intervals of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="79" />
            <location filename="../ui/player/start_panel.py" line="111" />
            <source>Suggestion</source>
            <translation>⟦Suggestion⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="122" />
            <source>This routine cannot be played until these problems are fixed:</source>
            <translation>⟦This routine cannot be played until these problems are fixed:⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="126" />
            <source>Problems in the routine</source>
            <translation>⟦Problems in the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="133" />
            <location filename="../ui/player/start_panel.py" line="134" />
            <source>Back to the library</source>
            <translation>⟦Back to the library⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="74" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="75" />
            <source>Level, total time and steps</source>
            <translation>⟦Level, total time and steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="76" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="77" />
            <source>Kinds of interval</source>
            <translation>⟦Kinds of interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="78" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="252" />
            <source>{total} ({scaled} at {pct})</source>
            <translation>⟦{total} ({scaled} at {pct})⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="259" />
            <source>{steps}, played as {intervals}</source>
            <translation>⟦{steps}, played as {intervals}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="265" />
            <source>Play at {pct}</source>
            <translation>⟦Play at {pct}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="280" />
            <source>{problems} found</source>
            <translation>⟦{problems} found⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="296" />
            <source>The routine could not be read.</source>
            <translation>⟦The routine could not be read.⟧</translation>
        </message>
    </context>
    <context>
        <name>StepCommands</name>
        <message>
            <location filename="../ui/editor/step_commands.py" line="47" />
            <source>New exercise</source>
            <translation>⟦New exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_commands.py" line="62" />
            <location filename="../ui/editor/step_commands.py" line="72" />
            <source>Add {name}</source>
            <translation>⟦Add {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_commands.py" line="92" />
            <source>Add a step</source>
            <translation>⟦Add a step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_commands.py" line="102" />
            <source>Add a repeat block</source>
            <translation>⟦Add a repeat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_commands.py" line="110" />
            <source>Duplicate</source>
            <translation>⟦Duplicate⟧</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <location filename="../ui/editor/step_form.py" line="72" />
            <location filename="../ui/editor/step_form.py" line="248" />
            <source>Picture...</source>
            <translation>⟦Picture...⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="73" />
            <source>Show a picture of your own instead of the drawn figure</source>
            <translation>⟦Show a picture of your own instead of the drawn figure⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="74" />
            <source>Picture of your own</source>
            <translation>⟦Picture of your own⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="76" />
            <source>Exercise name</source>
            <translation>⟦Exercise name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="78" />
            <source>Where the exercise comes from</source>
            <translation>⟦Where the exercise comes from⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="80" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="88" />
            <source>Duration</source>
            <translation>⟦Duration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="89" />
            <source>45, 1:30 or max</source>
            <translation>⟦45, 1:30 or max⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="90" />
            <location filename="../ui/editor/step_form.py" line="168" />
            <source>Cap</source>
            <translation>⟦Cap⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="91" />
            <source>no cap</source>
            <translation>⟦no cap⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="93" />
            <source>Sides</source>
            <translation>⟦Sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="58" />
            <source>Cue said at the start</source>
            <extracomment>The folder the step's own picture is written from (the editor gives its routine's).</extracomment>
            <translation>⟦Cue said at the start⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="59" />
            <source>Hear it</source>
            <translation>⟦Hear it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="139" />
            <source>Add cue</source>
            <translation>⟦Add cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="142" />
            <source>Remove cue</source>
            <translation>⟦Remove cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="154" />
            <source>Exercise figure</source>
            <translation>⟦Exercise figure⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="176" />
            <source>Cue</source>
            <translation>⟦Cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="187" />
            <source>Rest after</source>
            <translation>⟦Rest after⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="188" />
            <source>Picture</source>
            <translation>⟦Picture⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="60" />
            <source>Hear the cue</source>
            <translation>⟦Hear the cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="106" />
            <source>Muscles</source>
            <translation>⟦Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="128" />
            <source>Timed cues</source>
            <translation>⟦Timed cues⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="140" />
            <source>Add a timed cue</source>
            <translation>⟦Add a timed cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="143" />
            <source>Remove the selected timed cue</source>
            <translation>⟦Remove the selected timed cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="64" />
            <source>Rest after this step</source>
            <translation>⟦Rest after this step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="66" />
            <source>Timed cue problem</source>
            <translation>⟦Timed cue problem⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="152" />
            <source>E&amp;xercise</source>
            <translation>⟦E&amp;xercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="161" />
            <source>S&amp;ides</source>
            <translation>⟦S&amp;ides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="165" />
            <source>&amp;Kind</source>
            <translation>⟦&amp;Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="172" />
            <source>D&amp;uration</source>
            <translation>⟦D&amp;uration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="177" />
            <source>&amp;Muscles</source>
            <translation>⟦&amp;Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="186" />
            <source>&amp;Timed cues</source>
            <translation>⟦&amp;Timed cues⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="229" />
            <source>From the exercise catalog ({id}); fields you change override it.</source>
            <translation>⟦From the exercise catalog ({id}); fields you change override it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="234" />
            <source>An exercise of your own.</source>
            <translation>⟦An exercise of your own.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_form.py" line="250" />
            <source>default ({rest})</source>
            <translation>⟦default ({rest})⟧</translation>
        </message>
    </context>
    <context>
        <name>StepsModel</name>
        <message>
            <location filename="../ui/library/preview.py" line="95" />
            <source>Step</source>
            <extracomment>The figure beside each step of the preview (pixels).</extracomment>
            <translation>⟦Step⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="95" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="95" />
            <source>Sides</source>
            <translation>⟦Sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/preview.py" line="95" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
    </context>
    <context>
        <name>StepsPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="67" />
            <source>Routine</source>
            <extracomment>How many letters' room a step's name keeps in a compact window.</extracomment>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="76" />
            <source>Add from &amp;catalog…</source>
            <translation>⟦Add from &amp;catalog…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="76" />
            <source>Add a step from the exercise catalog</source>
            <translation>⟦Add a step from the exercise catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="78" />
            <source>Add &amp;blank step</source>
            <translation>⟦Add &amp;blank step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="78" />
            <source>Add a blank step</source>
            <translation>⟦Add a blank step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="79" />
            <source>Add re&amp;peat block</source>
            <translation>⟦Add re&amp;peat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="79" />
            <source>Add a repeat block</source>
            <translation>⟦Add a repeat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="80" />
            <source>Duplicate</source>
            <translation>⟦Duplicate⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="81" />
            <source>Delete</source>
            <translation>⟦Delete⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="82" />
            <source>Move up</source>
            <translation>⟦Move up⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="80" />
            <source>Duplicate the selected item</source>
            <translation>⟦Duplicate the selected item⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="81" />
            <source>Delete the selected item</source>
            <translation>⟦Delete the selected item⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="82" />
            <source>Move the selected item up</source>
            <translation>⟦Move the selected item up⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="83" />
            <source>Move the selected item down</source>
            <translation>⟦Move the selected item down⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="83" />
            <source>Move down</source>
            <translation>⟦Move down⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="84" />
            <source>Ctrl+D in the steps</source>
            <translation>⟦Ctrl+D in the steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="85" />
            <source>Delete key in the steps</source>
            <translation>⟦Delete key in the steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="86" />
            <source>Alt+Up; next to a repeat block, goes into or out of it</source>
            <translation>⟦Alt+Up; next to a repeat block, goes into or out of it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="88" />
            <source>Alt+Down; next to a repeat block, goes into or out of it</source>
            <translation>⟦Alt+Down; next to a repeat block, goes into or out of it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="100" />
            <location filename="../ui/editor/panes.py" line="113" />
            <source>Steps</source>
            <translation>⟦Steps⟧</translation>
        </message>
    </context>
    <context>
        <name>SuggestionWords</name>
        <message>
            <location filename="../ui/suggestion_words.py" line="21" />
            <source>today</source>
            <translation>⟦today⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="23" />
            <source>yesterday</source>
            <translation>⟦yesterday⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/suggestion_words.py" line="24" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>⟦%n day ago⟧</numerusform>
                <numerusform>⟦%n days ago⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="31" />
            <source>First time with this routine: play it as written, and rate how hard it felt.</source>
            <translation>⟦First time with this routine: play it as written, and rate how hard it felt.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="34" />
            <source>You have not completed this routine yet: play it as written.</source>
            <translation>⟦You have not completed this routine yet: play it as written.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="37" />
            <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
            <translation>⟦First time with this advanced routine: start at {scale} of the work and build up.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="41" />
            <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
            <translation>⟦First time with this intermediate routine: start at {scale} of the work and build up.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="45" />
            <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
            <translation>⟦You have not completed this advanced routine yet: start at {scale} of the work and build up.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="50" />
            <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
            <translation>⟦You have not completed this intermediate routine yet: start at {scale} of the work and build up.⟧</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/suggestion_words.py" line="59" />
            <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
            <translation>
                <numerusform>⟦It has been %n week since you last completed this routine: step back to {scale} and build up again.⟧</numerusform>
                <numerusform>⟦It has been %n weeks since you last completed this routine: step back to {scale} and build up again.⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/suggestion_words.py" line="67" />
            <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
            <translation>
                <numerusform>⟦It has been %n week since you last completed this routine: start again at {scale} and build up.⟧</numerusform>
                <numerusform>⟦It has been %n weeks since you last completed this routine: start again at {scale} and build up.⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/suggestion_words.py" line="75" />
            <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
            <translation>
                <numerusform>⟦Nothing completed for %n day: stay at {scale} this time.⟧</numerusform>
                <numerusform>⟦Nothing completed for %n days: stay at {scale} this time.⟧</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="84" />
            <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
            <translation>⟦Your last session at {other} was not finished: stay at {scale} until you complete it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="88" />
            <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
            <translation>⟦Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="91" />
            <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
            <translation>⟦Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="95" />
            <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
            <translation>⟦Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="99" />
            <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
            <translation>⟦Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="102" />
            <source>{other} was too much {when}: try {scale} first.</source>
            <translation>⟦{other} was too much {when}: try {scale} first.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="103" />
            <source>{other} was too much {when}: stay at {scale} for now.</source>
            <translation>⟦{other} was too much {when}: stay at {scale} for now.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="104" />
            <source>You are at this routine's maximum of {other}: stay there.</source>
            <translation>⟦You are at this routine's maximum of {other}: stay there.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="105" />
            <source>You added 10% this week already: stay at {scale} for now.</source>
            <translation>⟦You added 10% this week already: stay at {scale} for now.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="106" />
            <source>This routine goes up to {other}: play it at {scale}.</source>
            <translation>⟦This routine goes up to {other}: play it at {scale}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="107" />
            <source>A week ago you were at {other}: no more than {scale} this week.</source>
            <translation>⟦A week ago you were at {other}: no more than {scale} this week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/suggestion_words.py" line="108" />
            <source>Your plan sets this session at {scale}.</source>
            <translation>⟦Your plan sets this session at {scale}.⟧</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../ui/history/summary.py" line="79" />
            <source>Workout summary</source>
            <translation>⟦Workout summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="110" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="111" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="113" />
            <source>Time done of planned</source>
            <translation>⟦Time done of planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="116" />
            <source>Steps done and skipped</source>
            <translation>⟦Steps done and skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="119" />
            <source>Touchdowns per side</source>
            <translation>⟦Touchdowns per side⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="124" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="126" />
            <source>How did it go? Anything to remember next time?</source>
            <translation>⟦How did it go? Anything to remember next time?⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="129" />
            <source>Routine:</source>
            <translation>⟦Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="130" />
            <source>Status:</source>
            <translation>⟦Status:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="131" />
            <source>Time:</source>
            <translation>⟦Time:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="132" />
            <source>Intervals:</source>
            <translation>⟦Intervals:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="142" />
            <source>New personal bests</source>
            <translation>⟦New personal bests⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="150" />
            <source>{exercise}: {time} (your best was {before})</source>
            <translation>⟦{exercise}: {time} (your best was {before})⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="156" />
            <source>{exercise}: {time} (the first one)</source>
            <translation>⟦{exercise}: {time} (the first one)⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="162" />
            <source>New best:</source>
            <translation>⟦New best:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="195" />
            <source>{done} of {intervals} done, {skipped} skipped</source>
            <translation>⟦{done} of {intervals} done, {skipped} skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="133" />
            <source>Touchdowns:</source>
            <translation>⟦Touchdowns:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="136" />
            <source>&amp;Notes:</source>
            <translation>⟦&amp;Notes:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="168" />
            <source>S&amp;kip</source>
            <translation>⟦S&amp;kip⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="170" />
            <source>Save effort and notes</source>
            <translation>⟦Save effort and notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="171" />
            <source>Skip without saving</source>
            <translation>⟦Skip without saving⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="175" />
            <source>Save (Ctrl+Enter)</source>
            <translation>⟦Save (Ctrl+Enter)⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="86" />
            <source>Summary</source>
            <translation>⟦Summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="98" />
            <source>This session is no longer in the history.</source>
            <translation>⟦This session is no longer in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="182" />
            <source>Workout complete</source>
            <translation>⟦Workout complete⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="183" />
            <source>Workout stopped</source>
            <translation>⟦Workout stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="185" />
            <source>Workout interrupted</source>
            <translation>⟦Workout interrupted⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="190" />
            <source>{done} of {planned}</source>
            <translation>⟦{done} of {planned}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="202" />
            <source>Left {left}, right {right}</source>
            <translation>⟦Left {left}, right {right}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="233" />
            <source>Not saved</source>
            <translation>⟦Not saved⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="234" />
            <source>Effort and notes could not be saved to the history ({error}).</source>
            <translation>⟦Effort and notes could not be saved to the history ({error}).⟧</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <location filename="../ui/editor/panels.py" line="113" />
            <source>Total time</source>
            <translation>⟦Total time⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="115" />
            <source>Number of steps</source>
            <translation>⟦Number of steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="117" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="117" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="117" />
            <source>Share</source>
            <translation>⟦Share⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="119" />
            <location filename="../ui/editor/panels.py" line="130" />
            <source>Time per kind</source>
            <translation>⟦Time per kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="121" />
            <source>Muscle group</source>
            <translation>⟦Muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="121" />
            <source>Work</source>
            <translation>⟦Work⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="121" />
            <source>Stretch</source>
            <translation>⟦Stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="123" />
            <location filename="../ui/editor/panels.py" line="134" />
            <source>Time per muscle group</source>
            <translation>⟦Time per muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="125" />
            <source>Muscles without a stretch</source>
            <translation>⟦Muscles without a stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="155" />
            <location filename="../ui/editor/panels.py" line="190" />
            <source>Total: {time}</source>
            <translation>⟦Total: {time}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="146" />
            <location filename="../ui/editor/panels.py" line="179" />
            <source>none</source>
            <translation>⟦none⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="194" />
            <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
            <translation>⟦{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="157" />
            <source>{written}, played as {played}</source>
            <translation>⟦{written}, played as {played}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="205" />
            <source>⚠ Worked but never stretched: {muscles}.</source>
            <translation>⟦⚠ Worked but never stretched: {muscles}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="209" />
            <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
            <translation>⟦✓ Not stretched here, on purpose: {muscles}. {why}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="214" />
            <source>✓ Every worked muscle group has a stretch.</source>
            <translation>⟦✓ Every worked muscle group has a stretch.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="215" />
            <source>Tick the muscles of each step to see where the work goes.</source>
            <translation>⟦Tick the muscles of each step to see where the work goes.⟧</translation>
        </message>
    </context>
    <context>
        <name>TextFixPane</name>
        <message>
            <location filename="../ui/editor/text_mode.py" line="45" />
            <source>Routine file text</source>
            <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. "Save text as it is" was chosen: ``text``.</extracomment>
            <translation>⟦Routine file text⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/text_mode.py" line="49" />
            <source>Problems in the file</source>
            <translation>⟦Problems in the file⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/text_mode.py" line="53" />
            <location filename="../ui/editor/text_mode.py" line="54" />
            <source>Save the text as it is</source>
            <translation>⟦Save the text as it is⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/text_mode.py" line="79" />
            <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
            <translation>⟦{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/text_mode.py" line="112" />
            <source>line {line}: {message}</source>
            <translation>⟦line {line}: {message}⟧</translation>
        </message>
    </context>
    <context>
        <name>TotalsLabel</name>
        <message>
            <location filename="../ui/player/totals.py" line="41" />
            <source>Elapsed {elapsed}  ·  Left {left}</source>
            <translation>⟦Elapsed {elapsed}  ·  Left {left}⟧</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <location filename="../ui/history/charts.py" line="45" />
            <source>Current streak in weeks</source>
            <translation>⟦Current streak in weeks⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="50" />
            <source>What the streak counts</source>
            <translation>⟦What the streak counts⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="53" />
            <source>This week so far</source>
            <translation>⟦This week so far⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="58" />
            <source>Streak</source>
            <translation>⟦Streak⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="74" />
            <source>Minutes per week by kind</source>
            <translation>⟦Minutes per week by kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="74" />
            <source>Minutes</source>
            <translation>⟦Minutes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="77" />
            <source>Completed sessions per week</source>
            <translation>⟦Completed sessions per week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="78" />
            <source>Sessions</source>
            <translation>⟦Sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="83" />
            <source>Balance drills: left and right seconds per week</source>
            <translation>⟦Balance drills: left and right seconds per week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="84" />
            <source>Seconds</source>
            <translation>⟦Seconds⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="186" />
            <source>min</source>
            <translation>⟦min⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="188" />
            <source>No training in these weeks yet.</source>
            <translation>⟦No training in these weeks yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="200" />
            <source>Completed sessions</source>
            <translation>⟦Completed sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="205" />
            <source>Target: {n} a week</source>
            <translation>⟦Target: {n} a week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="207" />
            <source>No completed sessions in these weeks yet.</source>
            <translation>⟦No completed sessions in these weeks yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="219" />
            <source>Left</source>
            <translation>⟦Left⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="221" />
            <source>Right</source>
            <translation>⟦Right⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="224" />
            <source>s</source>
            <translation>⟦s⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="225" />
            <source>No balance drills on both sides yet.</source>
            <translation>⟦No balance drills on both sides yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="168" />
            <source>This week: {done} of {target} so far</source>
            <translation>⟦This week: {done} of {target} so far⟧</translation>
        </message>
    </context>
    <context>
        <name>WindowFiles</name>
        <message>
            <location filename="../ui/window/files.py" line="30" />
            <source>Open a routine</source>
            <translation>⟦Open a routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/files.py" line="32" />
            <source>Routines (*.yaml *.yml)</source>
            <translation>⟦Routines (*.yaml *.yml)⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/files.py" line="48" />
            <source>Open a routine in the player first.</source>
            <translation>⟦Open a routine in the player first.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/files.py" line="54" />
            <source>Export watch workout</source>
            <translation>⟦Export watch workout⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/files.py" line="56" />
            <source>FIT workouts (*.fit)</source>
            <translation>⟦FIT workouts (*.fit)⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/files.py" line="65" />
            <source>Cannot export</source>
            <translation>⟦Cannot export⟧</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../ui/window/menus.py" line="50" />
            <source>&amp;Edit</source>
            <extracomment>A shortcut as QAction takes it: a platform's standard key, a key sequence or its text.</extracomment>
            <translation>⟦&amp;Edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="53" />
            <source>&amp;Help</source>
            <translation>⟦&amp;Help⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="54" />
            <source>&amp;About barretimer</source>
            <translation>⟦&amp;About barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="57" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>⟦&amp;Keyboard shortcuts⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="66" />
            <source>&amp;File</source>
            <translation>⟦&amp;File⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="69" />
            <source>&amp;Open routine...</source>
            <translation>⟦&amp;Open routine...⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="75" />
            <source>&amp;Settings...</source>
            <translation>⟦&amp;Settings...⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="82" />
            <source>&amp;Quit</source>
            <translation>⟦&amp;Quit⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="87" />
            <source>&amp;Export</source>
            <translation>⟦&amp;Export⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="89" />
            <source>&amp;Watch workout (FIT)...</source>
            <translation>⟦&amp;Watch workout (FIT)...⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="93" />
            <source>Sheet to &amp;print (PDF)...</source>
            <translation>⟦Sheet to &amp;print (PDF)...⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="102" />
            <source>&amp;View</source>
            <translation>⟦&amp;View⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="106" />
            <source>&amp;Library</source>
            <translation>⟦&amp;Library⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="106" />
            <source>&amp;Player</source>
            <translation>⟦&amp;Player⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="106" />
            <source>&amp;Editor</source>
            <translation>⟦&amp;Editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="106" />
            <source>&amp;History</source>
            <translation>⟦&amp;History⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="107" />
            <source>E&amp;xercises</source>
            <translation>⟦E&amp;xercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="127" />
            <source>About barretimer</source>
            <translation>⟦About barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="129" />
            <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
            <translation>⟦barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="139" />
            <source>Space: pause or go on</source>
            <translation>⟦Space: pause or go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="140" />
            <source>Right: skip   ·   Left: back</source>
            <translation>⟦Right: skip   ·   Left: back⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="141" />
            <source>+: ten seconds more</source>
            <translation>⟦+: ten seconds more⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="142" />
            <source>Enter: done (max holds)</source>
            <translation>⟦Enter: done (max holds)⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="143" />
            <source>T: touchdown in a balance drill</source>
            <translation>⟦T: touchdown in a balance drill⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="144" />
            <source>M: mute the voice   ·   B: mute the beeps</source>
            <translation>⟦M: mute the voice   ·   B: mute the beeps⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="145" />
            <source>Esc: stop (asks first)</source>
            <translation>⟦Esc: stop (asks first)⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="146" />
            <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
            <translation>⟦F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="147" />
            <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
            <translation>⟦Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/menus.py" line="151" />
            <source>Keyboard shortcuts</source>
            <translation>⟦Keyboard shortcuts⟧</translation>
        </message>
    </context>
    <context>
        <name>WindowPreferences</name>
        <message>
            <location filename="../ui/window/preferences.py" line="83" />
            <source>No sound device was found, so cues are shown on screen only.</source>
            <translation>⟦No sound device was found, so cues are shown on screen only.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/preferences.py" line="85" />
            <source>Sound could not start, so cues are shown on screen only.</source>
            <translation>⟦Sound could not start, so cues are shown on screen only.⟧</translation>
        </message>
        <message>
            <location filename="../ui/window/preferences.py" line="87" />
            <source>Speech is not available, so cues are beeps and words on screen.</source>
            <translation>⟦Speech is not available, so cues are beeps and words on screen.⟧</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../ui/app.py" line="95" />
            <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
            <translation>⟦Something went wrong: {error}

The app goes on. Details were written to {log}.⟧</translation>
        </message>
    </context>
    <context>
        <name>editor</name>
        <message>
            <location filename="../ui/editor/models.py" line="245" />
            <location filename="../ui/editor/step_tree.py" line="158" />
            <source>Exercise</source>
            <extracomment>Every row the same size, so that a wrapping view lines them up in columns.
----------
A drag was dropped: the moved item's path, the target parent's path and row (the row counted before the move, as views give it).</extracomment>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="246" />
            <location filename="../ui/editor/step_tree.py" line="159" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="249" />
            <location filename="../ui/editor/step_tree.py" line="160" />
            <source>Duration</source>
            <translation>⟦Duration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="247" />
            <location filename="../ui/editor/step_tree.py" line="161" />
            <source>Sides</source>
            <translation>⟦Sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_tree.py" line="178" />
            <source>Item {position}: {text}</source>
            <translation>⟦Item {position}: {text}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="137" />
            <location filename="../ui/editor/step_tree.py" line="195" />
            <source>repeat block</source>
            <translation>⟦repeat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_tree.py" line="198" />
            <source>once</source>
            <translation>⟦once⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/step_tree.py" line="203" />
            <source>(no name)</source>
            <translation>⟦(no name)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="98" />
            <source>At (s)</source>
            <translation>⟦At (s)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="99" />
            <source>Say</source>
            <translation>⟦Say⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="125" />
            <source>"{text}" is not a time: give seconds such as 20, or -15 to count back from the end</source>
            <translation>⟦"{text}" is not a time: give seconds such as 20, or -15 to count back from the end⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="248" />
            <source>Muscles</source>
            <translation>⟦Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/models.py" line="250" />
            <source>Cue</source>
            <translation>⟦Cue⟧</translation>
        </message>
    </context>
    <context>
        <name>effort</name>
        <message>
            <location filename="../ui/history/summary.py" line="40" />
            <location filename="../ui/history/summary.py" line="44" />
            <source>Not rated</source>
            <translation>⟦Not rated⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="42" />
            <source>Effort from 1 to 10</source>
            <translation>⟦Effort from 1 to 10⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="48" />
            <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
            <translation>⟦How hard it felt: 1 very easy, 10 as hard as you can go⟧</translation>
        </message>
    </context>
    <context>
        <name>equipment</name>
        <message>
            <location filename="../ui/labels.py" line="267" />
            <source>barre or chair</source>
            <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but "none".</extracomment>
            <translation>⟦barre or chair⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="268" />
            <source>band</source>
            <translation>⟦band⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="269" />
            <source>ball</source>
            <translation>⟦ball⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="270" />
            <source>light weights</source>
            <translation>⟦light weights⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="271" />
            <source>cushion</source>
            <translation>⟦cushion⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="272" />
            <source>wall</source>
            <translation>⟦wall⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="273" />
            <source>step</source>
            <translation>⟦step⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="274" />
            <source>towel</source>
            <translation>⟦towel⟧</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../ui/history/charts.py" line="33" />
            <source>Week of {date}</source>
            <extracomment>A chart's text for each week, oldest first.</extracomment>
            <translation>⟦Week of {date}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/commands.py" line="38" />
            <source>The history could not be changed ({error}).</source>
            <translation>⟦The history could not be changed ({error}).⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/commands.py" line="57" />
            <source>Delete session of {routine}</source>
            <translation>⟦Delete session of {routine}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/commands.py" line="106" />
            <source>Edit effort and notes</source>
            <translation>⟦Edit effort and notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="177" />
            <source>Date</source>
            <translation>⟦Date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="178" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="179" />
            <source>Done / planned</source>
            <translation>⟦Done / planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="180" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="181" />
            <source>Effort</source>
            <translation>⟦Effort⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="182" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="242" />
            <source>#</source>
            <translation>⟦#⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="243" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="244" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="245" />
            <source>Side</source>
            <translation>⟦Side⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="246" />
            <source>Planned</source>
            <translation>⟦Planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="247" />
            <source>Done</source>
            <translation>⟦Done⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="248" />
            <location filename="../ui/history/models.py" line="266" />
            <source>Skipped</source>
            <translation>⟦Skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="249" />
            <source>Touchdowns</source>
            <translation>⟦Touchdowns⟧</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../ui/labels.py" line="60" />
            <source>Hold</source>
            <translation>⟦Hold⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="61" />
            <source>Stretch</source>
            <translation>⟦Stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="62" />
            <source>Balance</source>
            <translation>⟦Balance⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="63" />
            <source>Move</source>
            <translation>⟦Move⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="64" />
            <source>Rest</source>
            <translation>⟦Rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="80" />
            <source>H</source>
            <comment>the letter of Hold on the strip</comment>
            <translation>⟦H⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="81" />
            <source>S</source>
            <comment>the letter of Stretch on the strip</comment>
            <translation>⟦S⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="84" />
            <source>B</source>
            <comment>the letter of Balance on the strip</comment>
            <translation>⟦B⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="87" />
            <source>M</source>
            <comment>the letter of Move on the strip</comment>
            <translation>⟦M⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="88" />
            <source>R</source>
            <comment>the letter of Rest on the strip</comment>
            <translation>⟦R⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="94" />
            <source>Work</source>
            <extracomment>The quick timer's exercise when the user names none (``core.quick``): recorded in English.</extracomment>
            <translation>⟦Work⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="95" />
            <source>Max hold</source>
            <translation>⟦Max hold⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="108" />
            <source>Beginner</source>
            <translation>⟦Beginner⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="109" />
            <source>Intermediate</source>
            <translation>⟦Intermediate⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="110" />
            <source>Advanced</source>
            <translation>⟦Advanced⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="117" />
            <source>Left</source>
            <translation>⟦Left⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="119" />
            <source>Right</source>
            <translation>⟦Right⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="126" />
            <source>LEFT</source>
            <translation>⟦LEFT⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="128" />
            <source>RIGHT</source>
            <translation>⟦RIGHT⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="137" />
            <source>Stand on your left leg.</source>
            <translation>⟦Stand on your left leg.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="139" />
            <source>Stand on your right leg.</source>
            <translation>⟦Stand on your right leg.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="142" />
            <source>Your left leg works; stand on the right.</source>
            <translation>⟦Your left leg works; stand on the right.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="144" />
            <source>Your right leg works; stand on the left.</source>
            <translation>⟦Your right leg works; stand on the left.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="151" />
            <source>left, then right</source>
            <translation>⟦left, then right⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="153" />
            <source>both</source>
            <translation>⟦both⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="164" />
            <source>Completed</source>
            <translation>⟦Completed⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="165" />
            <source>Stopped</source>
            <translation>⟦Stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="166" />
            <source>Interrupted</source>
            <translation>⟦Interrupted⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="181" />
            <source>max</source>
            <translation>⟦max⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="182" />
            <source>max {cap}</source>
            <translation>⟦max {cap}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="196" />
            <source>Once</source>
            <translation>⟦Once⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="197" />
            <source>Repeat ×{count}</source>
            <translation>⟦Repeat ×{count}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="216" />
            <source>+{count}</source>
            <translation>⟦+{count}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="226" />
            <source>{weeks} with at least {sessions} completed</source>
            <translation>⟦{weeks} with at least {sessions} completed⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="302" />
            <source>holds, balance and stretches {change}</source>
            <translation>⟦holds, balance and stretches {change}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="308" />
            <source>moves {change} (sets up to {cap})</source>
            <translation>⟦moves {change} (sets up to {cap})⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="310" />
            <source>moves {change}</source>
            <translation>⟦moves {change}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="314" />
            <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
            <translation>⟦At {scale} nothing in this routine grows: its steps are open-ended.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="317" />
            <source>At {scale}: {changes}.</source>
            <translation>⟦At {scale}: {changes}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="329" />
            <source>at 100%: as written</source>
            <translation>⟦at 100%: as written⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="332" />
            <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
            <translation>⟦at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="338" />
            <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
            <translation>⟦at {scale}: holds, balance, stretches and move sets {change}% shorter⟧</translation>
        </message>
    </context>
    <context>
        <name>muscles</name>
        <message>
            <location filename="../ui/labels.py" line="244" />
            <source>glutes</source>
            <extracomment>Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.</extracomment>
            <translation>⟦glutes⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="245" />
            <source>glute medius</source>
            <translation>⟦glute medius⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="246" />
            <source>hip rotators</source>
            <translation>⟦hip rotators⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="247" />
            <source>hip flexors</source>
            <translation>⟦hip flexors⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="248" />
            <source>adductors</source>
            <translation>⟦adductors⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="249" />
            <source>quads</source>
            <translation>⟦quads⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="250" />
            <source>hamstrings</source>
            <translation>⟦hamstrings⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="251" />
            <source>calves</source>
            <translation>⟦calves⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="252" />
            <source>tibialis</source>
            <translation>⟦tibialis⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="253" />
            <source>peroneals</source>
            <translation>⟦peroneals⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="254" />
            <source>feet</source>
            <translation>⟦feet⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="255" />
            <source>core</source>
            <translation>⟦core⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="256" />
            <source>obliques</source>
            <translation>⟦obliques⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="257" />
            <source>back</source>
            <translation>⟦back⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="258" />
            <source>shoulders</source>
            <translation>⟦shoulders⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="259" />
            <source>arms</source>
            <translation>⟦arms⟧</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../ui/history/importing.py" line="42" />
            <source>Importing {file}...</source>
            <extracomment>Steps of the progress bar.</extracomment>
            <translation>⟦Importing {file}...⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/importing.py" line="43" />
            <source>Cancel</source>
            <translation>⟦Cancel⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/importing.py" line="48" />
            <source>Import history</source>
            <translation>⟦Import history⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/quick_timer.py" line="40" />
            <source> s</source>
            <translation>⟦ s⟧</translation>
        </message>
    </context>
    <context>
        <name>player</name>
        <message>
            <location filename="../ui/player/display.py" line="95" />
            <source>of {time}</source>
            <extracomment>Below this many seconds left the countdown shows tenths.</extracomment>
            <translation>⟦of {time}⟧</translation>
        </message>
    </context>
    <context>
        <name>problem_words</name>
        <message>
            <location filename="../ui/editor/problem_words.py" line="18" />
            <source>The routine needs a name.</source>
            <extracomment>Rules said the same whatever the numbers.</extracomment>
            <translation>⟦The routine needs a name.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="19" />
            <source>The routine has no steps yet: add one.</source>
            <translation>⟦The routine has no steps yet: add one.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="20" />
            <source>This repeat block has no steps yet.</source>
            <translation>⟦This repeat block has no steps yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="21" />
            <source>The step needs an exercise name.</source>
            <translation>⟦The step needs an exercise name.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="23" />
            <source>A cap only goes with a "max" step, one held as long as you can.</source>
            <translation>⟦A cap only goes with a "max" step, one held as long as you can.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="48" />
            <source>rest between steps</source>
            <translation>⟦rest between steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="49" />
            <source>lead-in</source>
            <translation>⟦lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="50" />
            <source>time to switch sides</source>
            <translation>⟦time to switch sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="59" />
            <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
            <translation>⟦This cue is set for {at} s after the start, but the step lasts only {length} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="64" />
            <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
            <translation>⟦This cue is set for {at} s before the end, but the step lasts only {length} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="71" />
            <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
            <translation>⟦Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="77" />
            <source>Timed cue {number} has nothing to say.</source>
            <translation>⟦Timed cue {number} has nothing to say.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="87" />
            <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
            <translation>⟦The {what} must be from 0 to 600 s; it is {value} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="91" />
            <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
            <translation>⟦The countdown must be from 0 to 10 s; it is {value} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="95" />
            <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
            <translation>⟦The largest scale must be from 1.0 to 3.0; it is {value}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="99" />
            <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
            <translation>⟦A block repeats from 1 to {limit} times; this one says {value}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="103" />
            <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
            <translation>⟦A rest must be from 0 to 600 s; this one is {value} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="107" />
            <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
            <translation>⟦A step lasts more than 0 s and at most 4 hours; this one says {value} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="112" />
            <source>The cap must be more than 0 s; it is {value} s.</source>
            <translation>⟦The cap must be more than 0 s; it is {value} s.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="121" />
            <source>There is no muscle group called "{muscle}".</source>
            <translation>⟦There is no muscle group called "{muscle}".⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="125" />
            <source>A step can have at most {limit} timed cues; this one has {count}.</source>
            <translation>⟦A step can have at most {limit} timed cues; this one has {count}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/problem_words.py" line="129" />
            <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
            <translation>⟦With its repeats the routine would play {count} steps; at most {limit} can be played.⟧</translation>
        </message>
    </context>
    <context>
        <name>spin</name>
        <message>
            <location filename="../ui/history/summary.py" line="61" />
            <source>1 = very easy, 10 = as hard as you can go</source>
            <translation>⟦1 = very easy, 10 = as hard as you can go⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="66" />
            <source>&amp;Effort:</source>
            <translation>⟦&amp;Effort:⟧</translation>
        </message>
    </context>
</TS>
