<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BlockForm</name>
        <message>
            <location filename="../ui/editor/forms.py" line="548" />
            <source>Repeat</source>
            <translation>⟦Repeat⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="550" />
            <source> times</source>
            <translation>⟦ times⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="553" />
            <source>Block name</source>
            <translation>⟦Block name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="554" />
            <source>optional, e.g. Seat circuit</source>
            <translation>⟦optional, e.g. Seat circuit⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="555" />
            <source>Rest between rounds</source>
            <translation>⟦Rest between rounds⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="559" />
            <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
            <translation>⟦Drag steps into or out of the block, or use Move up and Move down next to it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="566" />
            <source>&amp;Repeat</source>
            <translation>⟦&amp;Repeat⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="567" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="568" />
            <source>R&amp;est between rounds</source>
            <translation>⟦R&amp;est between rounds⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="583" />
            <source>default ({rest})</source>
            <translation>⟦default ({rest})⟧</translation>
        </message>
    </context>
    <context>
        <name>CatalogPicker</name>
        <message>
            <location filename="../ui/editor/picker.py" line="54" />
            <source>Add a step from the exercise catalog</source>
            <translation>⟦Add a step from the exercise catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="61" />
            <source>Exercises</source>
            <translation>⟦Exercises⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="76" />
            <source>Search the catalog</source>
            <translation>⟦Search the catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="77" />
            <source>Search by name, kind, muscle or cue</source>
            <translation>⟦Search by name, kind, muscle or cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="80" />
            <source>&amp;Search</source>
            <translation>⟦&amp;Search⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="83" />
            <source>About the exercise</source>
            <translation>⟦About the exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="90" />
            <source>&amp;Add step</source>
            <translation>⟦&amp;Add step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="119" />
            <source>No exercise matches the search.</source>
            <translation>⟦No exercise matches the search.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/picker.py" line="123" />
            <source>Safety: {text}</source>
            <translation>⟦Safety: {text}⟧</translation>
        </message>
    </context>
    <context>
        <name>CategoryChart</name>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="183" />
            <source>{name}: {value}</source>
            <translation>⟦{name}: {value}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="189" />
            <source>Total: {value}</source>
            <translation>⟦Total: {value}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="194" />
            <source>Nothing recorded</source>
            <translation>⟦Nothing recorded⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/chartwidgets.py" line="203" />
            <source>Nothing to show yet.</source>
            <translation>⟦Nothing to show yet.⟧</translation>
        </message>
    </context>
    <context>
        <name>ChecksPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="177" />
            <source>Summary</source>
            <translation>⟦Summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="181" />
            <location filename="../ui/editor/panes.py" line="189" />
            <source>Problems</source>
            <translation>⟦Problems⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="188" />
            <source>Save status</source>
            <translation>⟦Save status⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="203" />
            <source>✓ No problems: the routine can be saved.</source>
            <translation>⟦✓ No problems: the routine can be saved.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="206" />
            <source>⚠ Cannot save yet: {problem}</source>
            <translation>⟦⚠ Cannot save yet: {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="208" />
            <source>(and {count} more)</source>
            <translation>⟦(and {count} more)⟧</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <location filename="../ui/player/view.py" line="179" />
            <source>Time left</source>
            <translation>⟦Time left⟧</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="30" />
            <source>%Ln round(s)</source>
            <translation>
                <numerusform>⟦%Ln round⟧</numerusform>
                <numerusform>⟦%Ln rounds⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="33" />
            <source>%Ln step(s)</source>
            <translation>
                <numerusform>⟦%Ln step⟧</numerusform>
                <numerusform>⟦%Ln steps⟧</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/labels.py" line="36" />
            <source>%Ln session(s)</source>
            <translation>
                <numerusform>⟦%Ln session⟧</numerusform>
                <numerusform>⟦%Ln sessions⟧</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <location filename="../ui/editor/page.py" line="123" />
            <source>&amp;New</source>
            <extracomment>"Try it": play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine's name, with " *" when not saved.</extracomment>
            <translation>⟦&amp;New⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="125" />
            <source>&amp;Open…</source>
            <translation>⟦&amp;Open…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="127" />
            <source>&amp;Import…</source>
            <translation>⟦&amp;Import…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="128" />
            <source>E&amp;xport…</source>
            <translation>⟦E&amp;xport…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="130" />
            <source>&amp;Save</source>
            <translation>⟦&amp;Save⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="135" />
            <source>Save &amp;as…</source>
            <translation>⟦Save &amp;as…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="136" />
            <source>&amp;Undo</source>
            <translation>⟦&amp;Undo⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="138" />
            <source>&amp;Redo</source>
            <translation>⟦&amp;Redo⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="148" />
            <source>&amp;Try it</source>
            <translation>⟦&amp;Try it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="150" />
            <source>Play the routine from the selected step (Ctrl+Enter)</source>
            <translation>⟦Play the routine from the selected step (Ctrl+Enter)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="155" />
            <source>Editor actions</source>
            <translation>⟦Editor actions⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="176" />
            <source>Routine being edited</source>
            <translation>⟦Routine being edited⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="178" />
            <source>File</source>
            <translation>⟦File⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="340" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="433" />
            <source>Add a repeat block</source>
            <translation>⟦Add a repeat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="249" />
            <source>My routine</source>
            <translation>⟦My routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="342" />
            <source>Step {position}</source>
            <translation>⟦Step {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="345" />
            <source>Block {position} ({title})</source>
            <translation>⟦Block {position} ({title})⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="348" />
            <source>Step {position} ({name})</source>
            <translation>⟦Step {position} ({name})⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="369" />
            <source>(no name)</source>
            <translation>⟦(no name)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="377" />
            <source>Not saved yet</source>
            <translation>⟦Not saved yet⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="379" />
            <source>File: {path}</source>
            <translation>⟦File: {path}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="380" />
            <source>{title} – barretimer editor</source>
            <translation>⟦{title} – barretimer editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="414" />
            <source>Add {name}</source>
            <translation>⟦Add {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="420" />
            <location filename="../ui/editor/page.py" line="429" />
            <source>New exercise</source>
            <translation>⟦New exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="421" />
            <source>Add a step</source>
            <translation>⟦Add a step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="441" />
            <source>Duplicate</source>
            <translation>⟦Duplicate⟧</translation>
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
            <location filename="../ui/editor/page.py" line="557" />
            <source>Cannot open routine</source>
            <translation>⟦Cannot open routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="556" />
            <source>{file} cannot be opened:</source>
            <translation>⟦{file} cannot be opened:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="563" />
            <source>Parts of the file were not understood</source>
            <translation>⟦Parts of the file were not understood⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="565" />
            <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
            <translation>⟦{file} opened, but these parts of it were not understood and will be left out when you save:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="581" />
            <source>Cannot duplicate routine</source>
            <translation>⟦Cannot duplicate routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="580" />
            <source>{file} cannot be read:</source>
            <translation>⟦{file} cannot be read:⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="583" />
            <source>{name} (copy)</source>
            <translation>⟦{name} (copy)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="586" />
            <location filename="../ui/editor/page.py" line="704" />
            <location filename="../ui/editor/page.py" line="710" />
            <source>Cannot save routine</source>
            <translation>⟦Cannot save routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="606" />
            <location filename="../ui/editor/page.py" line="650" />
            <source>Cannot import routine</source>
            <translation>⟦Cannot import routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="634" />
            <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
            <translation>⟦the file holds {count} workouts; this is the first. To add them all: barretimer import FILE⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="639" />
            <source>Imported, not saved yet</source>
            <translation>⟦Imported, not saved yet⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="640" />
            <source>{file} is shown in the editor. Save it to keep it.</source>
            <translation>⟦{file} is shown in the editor. Save it to keep it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="648" />
            <source>{file} was not imported: it has {count} problem(s). Fix them and import it again.</source>
            <translation>⟦{file} was not imported: it has {count} problem(s). Fix them and import it again.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="655" />
            <source>Cannot export routine</source>
            <translation>⟦Cannot export routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="672" />
            <source>the saved file</source>
            <translation>⟦the saved file⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="680" />
            <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
            <translation>⟦the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="687" />
            <source>The routine was not saved:</source>
            <translation>⟦The routine was not saved:⟧</translation>
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
        <message>
            <location filename="../ui/editor/page.py" line="746" />
            <source>this routine</source>
            <translation>⟦this routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="754" />
            <source>Unsaved changes</source>
            <translation>⟦Unsaved changes⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="749" />
            <source>Save the changes to “{name}” first?</source>
            <translation>⟦Save the changes to “{name}” first?⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/page.py" line="752" />
            <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
            <translation>⟦“{name}” has changes that cannot be saved yet.
{why}

Discard them?⟧</translation>
        </message>
    </context>
    <context>
        <name>EndPanel</name>
        <message>
            <location filename="../ui/player/end_panel.py" line="26" />
            <source>Workout ended</source>
            <translation>⟦Workout ended⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="27" />
            <source>What was done</source>
            <translation>⟦What was done⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="28" />
            <source>Back to the library</source>
            <translation>⟦Back to the library⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/end_panel.py" line="29" />
            <source>Play again</source>
            <translation>⟦Play again⟧</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../ui/history/page.py" line="64" />
            <source>History views</source>
            <extracomment>The earliest date a date filter offers; a date edit showing it means "no limit".</extracomment>
            <translation>⟦History views⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="65" />
            <source>&amp;Sessions</source>
            <translation>⟦&amp;Sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="67" />
            <source>&amp;Trends</source>
            <translation>⟦&amp;Trends⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="91" />
            <source>Show sessions of routine</source>
            <translation>⟦Show sessions of routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="98" />
            <source>Show sessions with status</source>
            <translation>⟦Show sessions with status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="99" />
            <source>Any status</source>
            <translation>⟦Any status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="102" />
            <source>Sessions from date</source>
            <translation>⟦Sessions from date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="103" />
            <source>Sessions up to date</source>
            <translation>⟦Sessions up to date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="105" />
            <location filename="../ui/history/page.py" line="106" />
            <source>Search notes</source>
            <translation>⟦Search notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="108" />
            <source>C&amp;lear filters</source>
            <translation>⟦C&amp;lear filters⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="109" />
            <source>Clear filters</source>
            <translation>⟦Clear filters⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="113" />
            <source>&amp;Routine:</source>
            <translation>⟦&amp;Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="114" />
            <source>St&amp;atus:</source>
            <translation>⟦St&amp;atus:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="115" />
            <source>&amp;From:</source>
            <translation>⟦&amp;From:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="116" />
            <source>T&amp;o:</source>
            <translation>⟦T&amp;o:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="129" />
            <source>Past sessions</source>
            <translation>⟦Past sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="161" />
            <source>&amp;Details…</source>
            <translation>⟦&amp;Details…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="162" />
            <source>Open the selected session</source>
            <translation>⟦Open the selected session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="163" />
            <source>De&amp;lete…</source>
            <translation>⟦De&amp;lete…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="164" />
            <source>Delete the selected session</source>
            <translation>⟦Delete the selected session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="165" />
            <source>&amp;Undo</source>
            <translation>⟦&amp;Undo⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="172" />
            <source>Undo the last change to the history</source>
            <translation>⟦Undo the last change to the history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="174" />
            <source>E&amp;xport CSV…</source>
            <translation>⟦E&amp;xport CSV…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="175" />
            <source>Export the history to a CSV file</source>
            <translation>⟦Export the history to a CSV file⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="176" />
            <source>&amp;Import CSV…</source>
            <translation>⟦&amp;Import CSV…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="177" />
            <source>Import sessions from a CSV file</source>
            <translation>⟦Import sessions from a CSV file⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="180" />
            <source>Number of sessions shown</source>
            <translation>⟦Number of sessions shown⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="183" />
            <source>Sort sessions by</source>
            <translation>⟦Sort sessions by⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="186" />
            <source>Newest first</source>
            <translation>⟦Newest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="187" />
            <source>Oldest first</source>
            <translation>⟦Oldest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="188" />
            <source>Routine A to Z</source>
            <translation>⟦Routine A to Z⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="189" />
            <source>Longest first</source>
            <translation>⟦Longest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="190" />
            <source>Shortest first</source>
            <translation>⟦Shortest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="191" />
            <source>Hardest first</source>
            <translation>⟦Hardest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="192" />
            <source>Easiest first</source>
            <translation>⟦Easiest first⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="195" />
            <source>Sor&amp;t:</source>
            <translation>⟦Sor&amp;t:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="154" />
            <location filename="../ui/history/page.py" line="429" />
            <source>Delete session</source>
            <translation>⟦Delete session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="239" />
            <source>Any</source>
            <translation>⟦Any⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="249" />
            <source>All routines</source>
            <translation>⟦All routines⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="338" />
            <source>1 session matches</source>
            <translation>⟦1 session matches⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="340" />
            <source>{n} sessions match</source>
            <translation>⟦{n} sessions match⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="431" />
            <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
            <translation>⟦Delete the session of {routine} from {when}? You can undo this until you close barretimer.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="463" />
            <source>History</source>
            <translation>⟦History⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="474" />
            <location filename="../ui/history/page.py" line="489" />
            <source>Export history</source>
            <translation>⟦Export history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="474" />
            <location filename="../ui/history/page.py" line="498" />
            <source>CSV files (*.csv)</source>
            <translation>⟦CSV files (*.csv)⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="482" />
            <source>The history could not be written to {file}: {reason}</source>
            <translation>⟦The history could not be written to {file}: {reason}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="490" />
            <source>Wrote {count} sessions to {file}, and their steps to {steps}.</source>
            <translation>⟦Wrote {count} sessions to {file}, and their steps to {steps}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="498" />
            <location filename="../ui/history/page.py" line="518" />
            <source>Import history</source>
            <translation>⟦Import history⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="524" />
            <source>Nothing was imported. {problem}</source>
            <translation>⟦Nothing was imported. {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="527" />
            <source>Nothing was imported: {problem}</source>
            <translation>⟦Nothing was imported: {problem}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/page.py" line="519" />
            <source>Added {added} sessions; {skipped} were already in the history.</source>
            <translation>⟦Added {added} sessions; {skipped} were already in the history.⟧</translation>
        </message>
    </context>
    <context>
        <name>IntervalStrip</name>
        <message>
            <location filename="../ui/player/strip.py" line="160" />
            <source>Workout progress</source>
            <translation>⟦Workout progress⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/strip.py" line="181" />
            <source>Interval {n} of {count}</source>
            <translation>⟦Interval {n} of {count}⟧</translation>
        </message>
    </context>
    <context>
        <name>ItemPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="122" />
            <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
            <translation>⟦Select a step or a repeat block to edit it, or add one with the buttons below the steps.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="152" />
            <source>Step {position}</source>
            <translation>⟦Step {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="156" />
            <source>Repeat block {position}</source>
            <translation>⟦Repeat block {position}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="159" />
            <source>Selected item</source>
            <translation>⟦Selected item⟧</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <location filename="../ui/library/page.py" line="315" />
            <source>Search names, descriptions and tags</source>
            <translation>⟦Search names, descriptions and tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="316" />
            <source>Search routines</source>
            <translation>⟦Search routines⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="319" />
            <source>Filter by tag</source>
            <translation>⟦Filter by tag⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="320" />
            <location filename="../ui/library/page.py" line="476" />
            <source>All tags</source>
            <translation>⟦All tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="322" />
            <source>Filter by level</source>
            <translation>⟦Filter by level⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="323" />
            <source>All levels</source>
            <translation>⟦All levels⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="329" />
            <source>Routines</source>
            <translation>⟦Routines⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="358" />
            <source>Problems (fix the file, or open it in the editor):</source>
            <translation>⟦Problems (fix the file, or open it in the editor):⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="362" />
            <source>The intervals of the routine</source>
            <translation>⟦The intervals of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="365" />
            <source>Problems</source>
            <translation>⟦Problems⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="370" />
            <source>Steps of the routine</source>
            <translation>⟦Steps of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="380" />
            <source>Routine name</source>
            <translation>⟦Routine name⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="381" />
            <source>Level, time and source</source>
            <translation>⟦Level, time and source⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="382" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="383" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="387" />
            <source>Start</source>
            <translation>⟦Start⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="388" />
            <location filename="../ui/library/page.py" line="538" />
            <source>Edit</source>
            <translation>⟦Edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="389" />
            <source>New routine</source>
            <translation>⟦New routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="448" />
            <source>Reading the routines...</source>
            <translation>⟦Reading the routines...⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="536" />
            <source>Duplicate and edit</source>
            <translation>⟦Duplicate and edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="541" />
            <source>No routine selected</source>
            <translation>⟦No routine selected⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="550" />
            <source>Shipped with barretimer</source>
            <translation>⟦Shipped with barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="550" />
            <source>Your routine</source>
            <translation>⟦Your routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="557" />
            <source>Tags: {tags}</source>
            <translation>⟦Tags: {tags}⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="567" />
            <source>This routine has problems and cannot be played yet.</source>
            <translation>⟦This routine has problems and cannot be played yet.⟧</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="114" />
            <source>Places</source>
            <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
            <translation>⟦Places⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="115" />
            <source>Library</source>
            <translation>⟦Library⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="115" />
            <source>Player</source>
            <translation>⟦Player⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="115" />
            <location filename="../ui/main_window.py" line="343" />
            <source>Editor</source>
            <translation>⟦Editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="115" />
            <location filename="../ui/main_window.py" line="362" />
            <source>History</source>
            <translation>⟦History⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="173" />
            <source>Reading the routines...</source>
            <translation>⟦Reading the routines...⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="216" />
            <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
            <translation>⟦The history cannot be used: {problem}. Workouts play but are not saved.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="222" />
            <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
            <translation>⟦The history database was damaged; it was moved to {path} and a new one was started.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="343" />
            <source>The routine editor could not start.</source>
            <translation>⟦The routine editor could not start.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="358" />
            <source>The history cannot be opened (see the notice above).</source>
            <translation>⟦The history cannot be opened (see the notice above).⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="360" />
            <source>The history view could not start.</source>
            <translation>⟦The history view could not start.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="463" />
            <source>&amp;File</source>
            <translation>⟦&amp;File⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="465" />
            <source>&amp;Open routine...</source>
            <translation>⟦&amp;Open routine...⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="468" />
            <source>&amp;Settings...</source>
            <translation>⟦&amp;Settings...⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="472" />
            <source>&amp;Quit</source>
            <translation>⟦&amp;Quit⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="476" />
            <source>&amp;Export</source>
            <translation>⟦&amp;Export⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="478" />
            <source>&amp;Watch workout (FIT)...</source>
            <translation>⟦&amp;Watch workout (FIT)...⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="487" />
            <source>&amp;Edit</source>
            <translation>⟦&amp;Edit⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="490" />
            <source>&amp;View</source>
            <translation>⟦&amp;View⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="493" />
            <source>&amp;Library</source>
            <translation>⟦&amp;Library⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="493" />
            <source>&amp;Player</source>
            <translation>⟦&amp;Player⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="493" />
            <source>&amp;Editor</source>
            <translation>⟦&amp;Editor⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="493" />
            <source>&amp;History</source>
            <translation>⟦&amp;History⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="502" />
            <source>&amp;Fullscreen room mode</source>
            <translation>⟦&amp;Fullscreen room mode⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="506" />
            <source>&amp;Mini view</source>
            <translation>⟦&amp;Mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="512" />
            <source>&amp;Help</source>
            <translation>⟦&amp;Help⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="513" />
            <source>&amp;About barretimer</source>
            <translation>⟦&amp;About barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="515" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>⟦&amp;Keyboard shortcuts⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="530" />
            <source>A workout is playing</source>
            <translation>⟦A workout is playing⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="531" />
            <source>Stop the workout that is playing (Esc) before opening another.</source>
            <translation>⟦Stop the workout that is playing (Esc) before opening another.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="574" />
            <source>Open a routine</source>
            <translation>⟦Open a routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="576" />
            <source>Routines (*.yaml *.yml)</source>
            <translation>⟦Routines (*.yaml *.yml)⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="591" />
            <source>Open a routine in the player first.</source>
            <translation>⟦Open a routine in the player first.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="597" />
            <source>Export watch workout</source>
            <translation>⟦Export watch workout⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="599" />
            <source>FIT workouts (*.fit)</source>
            <translation>⟦FIT workouts (*.fit)⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="608" />
            <source>Cannot export</source>
            <translation>⟦Cannot export⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="627" />
            <source>The routine editor is not available: it could not start.</source>
            <translation>⟦The routine editor is not available: it could not start.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="714" />
            <source>About barretimer</source>
            <translation>⟦About barretimer⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="716" />
            <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
            <translation>⟦barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="726" />
            <source>Space: pause or go on</source>
            <translation>⟦Space: pause or go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="727" />
            <source>Right: skip   ·   Left: back</source>
            <translation>⟦Right: skip   ·   Left: back⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="728" />
            <source>+: ten seconds more</source>
            <translation>⟦+: ten seconds more⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="729" />
            <source>Enter: done (max holds)</source>
            <translation>⟦Enter: done (max holds)⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="730" />
            <source>T: touchdown in a balance drill</source>
            <translation>⟦T: touchdown in a balance drill⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="731" />
            <source>M: mute the voice   ·   B: mute the beeps</source>
            <translation>⟦M: mute the voice   ·   B: mute the beeps⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="732" />
            <source>Esc: stop (asks first)</source>
            <translation>⟦Esc: stop (asks first)⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="733" />
            <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
            <translation>⟦F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="734" />
            <source>Ctrl+1 to Ctrl+4: Library, Player, Editor, History</source>
            <translation>⟦Ctrl+1 to Ctrl+4: Library, Player, Editor, History⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="738" />
            <source>Keyboard shortcuts</source>
            <translation>⟦Keyboard shortcuts⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="783" />
            <source>Sound cannot be played ({reason}). The workout goes on with the cues on screen.</source>
            <translation>⟦Sound cannot be played ({reason}). The workout goes on with the cues on screen.⟧</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="787" />
            <source>Speech is not available ({reason}). The workout goes on with beeps and the cues on screen.</source>
            <translation>⟦Speech is not available ({reason}). The workout goes on with beeps and the cues on screen.⟧</translation>
        </message>
    </context>
    <context>
        <name>MiniView</name>
        <message>
            <location filename="../ui/player/mini_view.py" line="29" />
            <source>barretimer mini view</source>
            <translation>⟦barretimer mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="31" />
            <source>Mini view</source>
            <translation>⟦Mini view⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="35" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="37" />
            <source>Side</source>
            <translation>⟦Side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/mini_view.py" line="55" />
            <source>Nothing playing</source>
            <translation>⟦Nothing playing⟧</translation>
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
            <location filename="../ui/banner.py" line="42" />
            <source>Notice</source>
            <translation>⟦Notice⟧</translation>
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
        <name>PlanPanel</name>
        <message>
            <location filename="../ui/plan_panel.py" line="61" />
            <source>Your plan</source>
            <translation>⟦Your plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="70" />
            <source>What is next in your plan</source>
            <translation>⟦What is next in your plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="77" />
            <source>About this week</source>
            <translation>⟦About this week⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="86" />
            <location filename="../ui/plan_panel.py" line="152" />
            <source>Plans</source>
            <translation>⟦Plans⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="87" />
            <source>Follow this plan</source>
            <translation>⟦Follow this plan⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="89" />
            <source>Stop following</source>
            <translation>⟦Stop following⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="154" />
            <source>Follow a plan and this place will say what to play next each week.</source>
            <translation>⟦Follow a plan and this place will say what to play next each week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="159" />
            <source>{name} ({weeks} weeks)</source>
            <translation>⟦{name} ({weeks} weeks)⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="166" />
            <source>Your plan: {name}</source>
            <translation>⟦Your plan: {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="174" />
            <source>Start {routine}</source>
            <translation>⟦Start {routine}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="184" />
            <source>All {weeks} weeks done. Well done!</source>
            <translation>⟦All {weeks} weeks done. Well done!⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="188" />
            <source>{first}, then {last}</source>
            <translation>⟦{first}, then {last}⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="191" />
            <source>Week {week} of {weeks}: {sessions}.</source>
            <translation>⟦Week {week} of {weeks}: {sessions}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="195" />
            <source>All done this week; week {next} starts on {day}.</source>
            <translation>⟦All done this week; week {next} starts on {day}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="199" />
            <source>{done} of {count} done this week.</source>
            <translation>⟦{done} of {count} done this week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="203" />
            <source>A break of three weeks took the plan back a week.</source>
            <translation>⟦A break of three weeks took the plan back a week.⟧</translation>
        </message>
        <message>
            <location filename="../ui/plan_panel.py" line="236" />
            <source>The plan could not be saved: {problem}</source>
            <translation>⟦The plan could not be saved: {problem}⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayView</name>
        <message>
            <location filename="../ui/player/view.py" line="432" />
            <source>Exercise figure</source>
            <translation>⟦Exercise figure⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="457" />
            <source>Round</source>
            <translation>⟦Round⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="458" />
            <source>Workout time</source>
            <translation>⟦Workout time⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="459" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="460" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="461" />
            <source>Cue</source>
            <translation>⟦Cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="462" />
            <source>Next up</source>
            <translation>⟦Next up⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="463" />
            <source>Touchdowns</source>
            <translation>⟦Touchdowns⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="492" />
            <source>{side} side</source>
            <translation>⟦{side} side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="496" />
            <source>Press Enter when you are done.</source>
            <translation>⟦Press Enter when you are done.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="500" />
            <source>Next up: {name}</source>
            <translation>⟦Next up: {name}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="502" />
            <source>Last one!</source>
            <translation>⟦Last one!⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="508" />
            <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
            <translation>⟦Touchdowns (T):  ◀ left {left}   ·   right {right} ▶⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/view.py" line="530" />
            <source>Elapsed {elapsed}  ·  Left {left}</source>
            <translation>⟦Elapsed {elapsed}  ·  Left {left}⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayerControls</name>
        <message>
            <location filename="../ui/player/controls.py" line="33" />
            <source>Pause</source>
            <translation>⟦Pause⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="33" />
            <source>Pause or go on</source>
            <translation>⟦Pause or go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="35" />
            <source>Back</source>
            <translation>⟦Back⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="37" />
            <source>Restart this interval, or go to the one before</source>
            <translation>⟦Restart this interval, or go to the one before⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="40" />
            <source>Skip</source>
            <translation>⟦Skip⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="40" />
            <source>Skip to the next interval</source>
            <translation>⟦Skip to the next interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="43" />
            <source>+10 s</source>
            <translation>⟦+10 s⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="49" />
            <source>Add 10 seconds to this interval</source>
            <translation>⟦Add 10 seconds to this interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="52" />
            <source>Done</source>
            <translation>⟦Done⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="58" />
            <source>Finish this max hold now</source>
            <translation>⟦Finish this max hold now⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="61" />
            <source>Touchdown</source>
            <translation>⟦Touchdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="61" />
            <source>Count a touchdown on this side</source>
            <translation>⟦Count a touchdown on this side⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="64" />
            <source>Voice on</source>
            <translation>⟦Voice on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="64" />
            <source>Mute or unmute the voice</source>
            <translation>⟦Mute or unmute the voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="67" />
            <source>Beeps on</source>
            <translation>⟦Beeps on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="67" />
            <source>Mute or unmute the beeps</source>
            <translation>⟦Mute or unmute the beeps⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="69" />
            <source>Stop</source>
            <translation>⟦Stop⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/controls.py" line="69" />
            <source>Stop the workout</source>
            <translation>⟦Stop the workout⟧</translation>
        </message>
    </context>
    <context>
        <name>PlayerPage</name>
        <message>
            <location filename="../ui/player/page.py" line="260" />
            <source>This routine has nothing to play.</source>
            <translation>⟦This routine has nothing to play.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="282" />
            <location filename="../ui/player/page.py" line="302" />
            <source>Trying it out: not saved in the history</source>
            <translation>⟦Trying it out: not saved in the history⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="285" />
            <source>A workout is playing</source>
            <translation>⟦A workout is playing⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="298" />
            <source>Paused after a break. Press Space to go on.</source>
            <translation>⟦Paused after a break. Press Space to go on.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="300" />
            <source>Paused. Press Space to go on.</source>
            <translation>⟦Paused. Press Space to go on.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="334" />
            <source>Well done!</source>
            <translation>⟦Well done!⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="334" />
            <source>Stopped</source>
            <translation>⟦Stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="336" />
            <source>{name}: {done} of {planned}, {steps} steps done, {skipped} skipped.</source>
            <translation>⟦{name}: {done} of {planned}, {steps} steps done, {skipped} skipped.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="346" />
            <source>Touchdowns: left {left}, right {right}.</source>
            <translation>⟦Touchdowns: left {left}, right {right}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="350" />
            <source>This try was not saved in the history.</source>
            <translation>⟦This try was not saved in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="352" />
            <source>Saved in your history.</source>
            <translation>⟦Saved in your history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="386" />
            <source>Go on</source>
            <translation>⟦Go on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="386" />
            <source>Pause</source>
            <translation>⟦Pause⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="435" />
            <source>Stop the workout?</source>
            <translation>⟦Stop the workout?⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="436" />
            <source>Stop the workout now? What you have done so far is saved as stopped.</source>
            <translation>⟦Stop the workout now? What you have done so far is saved as stopped.⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="461" />
            <source>Voice on</source>
            <translation>⟦Voice on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="461" />
            <source>Voice muted</source>
            <translation>⟦Voice muted⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="462" />
            <source>Beeps on</source>
            <translation>⟦Beeps on⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/page.py" line="462" />
            <source>Beeps muted</source>
            <translation>⟦Beeps muted⟧</translation>
        </message>
    </context>
    <context>
        <name>QtSpeech</name>
        <message>
            <location filename="../ui/speech_qt.py" line="108" />
            <source>Speech is off: it could not start ({error}).</source>
            <extracomment>Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
            <translation>⟦Speech is off: it could not start ({error}).⟧</translation>
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
        <name>RoutineForm</name>
        <message>
            <location filename="../ui/editor/forms.py" line="217" />
            <source>Routine name</source>
            <translation>⟦Routine name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="219" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="228" />
            <source>Level</source>
            <translation>⟦Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="230" />
            <source>beginner</source>
            <translation>⟦beginner⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="231" />
            <source>intermediate</source>
            <translation>⟦intermediate⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="232" />
            <source>advanced</source>
            <translation>⟦advanced⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="239" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="240" />
            <source>runners, glutes, core</source>
            <translation>⟦runners, glutes, core⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="244" />
            <source>Longest progression scale</source>
            <translation>⟦Longest progression scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="245" />
            <source>no limit</source>
            <translation>⟦no limit⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="249" />
            <source>Rest between steps</source>
            <translation>⟦Rest between steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="250" />
            <source>Lead-in</source>
            <translation>⟦Lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="251" />
            <source>Switch sides</source>
            <translation>⟦Switch sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="253" />
            <source>Countdown</source>
            <translation>⟦Countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="255" />
            <source> s</source>
            <translation>⟦ s⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="264" />
            <source>&amp;Name</source>
            <translation>⟦&amp;Name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="265" />
            <source>&amp;Description</source>
            <translation>⟦&amp;Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="268" />
            <source>Max &amp;scale</source>
            <translation>⟦Max &amp;scale⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="272" />
            <source>&amp;Level</source>
            <translation>⟦&amp;Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="275" />
            <source>&amp;Tags</source>
            <translation>⟦&amp;Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="278" />
            <source>&amp;Rest</source>
            <translation>⟦&amp;Rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="279" />
            <source>Lead-&amp;in</source>
            <translation>⟦Lead-&amp;in⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="280" />
            <source>S&amp;witch</source>
            <translation>⟦S&amp;witch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="281" />
            <source>C&amp;ountdown</source>
            <translation>⟦C&amp;ountdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="288" />
            <source>Defaults</source>
            <translation>⟦Defaults⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="310" />
            <source>Max scale: "{text}" is not a number; give one such as 1.5, or leave it empty</source>
            <translation>⟦Max scale: "{text}" is not a number; give one such as 1.5, or leave it empty⟧</translation>
        </message>
    </context>
    <context>
        <name>RoutineTableModel</name>
        <message>
            <location filename="../ui/library/page.py" line="136" />
            <source>Routine</source>
            <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="137" />
            <source>Level</source>
            <translation>⟦Level⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="138" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="139" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="140" />
            <source>Source</source>
            <translation>⟦Source⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="173" />
            <source>invalid</source>
            <translation>⟦invalid⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="177" />
            <source>Shipped</source>
            <translation>⟦Shipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="177" />
            <source>Yours</source>
            <translation>⟦Yours⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="179" />
            <source>{source}: {count} problem(s)</source>
            <translation>⟦{source}: {count} problem(s)⟧</translation>
        </message>
    </context>
    <context>
        <name>SecondsField</name>
        <message>
            <location filename="../ui/editor/forms.py" line="145" />
            <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
            <translation>⟦give seconds (45), minutes and seconds (1:30) or minutes (2m)⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="147" />
            <source>give seconds (45), minutes and seconds (1:30), or max</source>
            <translation>⟦give seconds (45), minutes and seconds (1:30), or max⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="149" />
            <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
            <translation>⟦give seconds (45) or minutes and seconds (1:30), or leave it empty⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="151" />
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
            <location filename="../ui/history/details.py" line="43" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="44" />
            <source>Started</source>
            <translation>⟦Started⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="45" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="47" />
            <source>Time done of planned</source>
            <translation>⟦Time done of planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="49" />
            <source>Steps</source>
            <translation>⟦Steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="51" />
            <source>Routine:</source>
            <translation>⟦Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="52" />
            <source>Started:</source>
            <translation>⟦Started:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="53" />
            <source>Status:</source>
            <translation>⟦Status:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="54" />
            <source>Time:</source>
            <translation>⟦Time:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="55" />
            <source>Steps:</source>
            <translation>⟦Steps:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="60" />
            <source>Steps of this session</source>
            <translation>⟦Steps of this session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="72" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="76" />
            <source>&amp;Effort:</source>
            <translation>⟦&amp;Effort:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="77" />
            <source>&amp;Notes:</source>
            <translation>⟦&amp;Notes:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="81" />
            <source>Save effort and notes</source>
            <translation>⟦Save effort and notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="83" />
            <source>&amp;Delete session…</source>
            <translation>⟦&amp;Delete session…⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="85" />
            <source>Delete this session</source>
            <translation>⟦Delete this session⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="87" />
            <source>Close without saving</source>
            <translation>⟦Close without saving⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="99" />
            <source>This session is no longer in the history.</source>
            <translation>⟦This session is no longer in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="108" />
            <source>{done} of {planned}</source>
            <translation>⟦{done} of {planned}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="113" />
            <source>{done} done, {skipped} skipped, of {total}</source>
            <translation>⟦{done} done, {skipped} skipped, of {total}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/details.py" line="117" />
            <source>; touchdowns left {left}, right {right}</source>
            <translation>⟦; touchdowns left {left}, right {right}⟧</translation>
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
            <location filename="../ui/settings_dialog.py" line="45" />
            <source>The system's language</source>
            <translation>⟦The system's language⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="49" />
            <source>A new language applies when barretimer restarts.</source>
            <translation>⟦A new language applies when barretimer restarts.⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="52" />
            <source>Default voice</source>
            <translation>⟦Default voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="58" />
            <source> words a minute</source>
            <translation>⟦ words a minute⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="62" />
            <source>Beep at the start of each step and in the countdown</source>
            <translation>⟦Beep at the start of each step and in the countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="66" />
            <source>Lower their volume to</source>
            <translation>⟦Lower their volume to⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="67" />
            <source>Pause them</source>
            <translation>⟦Pause them⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="68" />
            <source>Leave them alone</source>
            <translation>⟦Leave them alone⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="72" />
            <source> %</source>
            <translation>⟦ %⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="77" />
            <source>Their volume while a cue is spoken</source>
            <translation>⟦Their volume while a cue is spoken⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="82" />
            <location filename="../ui/settings_dialog.py" line="85" />
            <source> s</source>
            <translation>⟦ s⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="82" />
            <location filename="../ui/settings_dialog.py" line="85" />
            <source>As in the routine</source>
            <translation>⟦As in the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="87" />
            <source>Say what comes next ("Next up: ...") in rests</source>
            <translation>⟦Say what comes next ("Next up: ...") in rests⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="89" />
            <source>Say "halfway" in long holds</source>
            <translation>⟦Say "halfway" in long holds⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="93" />
            <source>Follow the system</source>
            <translation>⟦Follow the system⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="94" />
            <source>Light</source>
            <translation>⟦Light⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="95" />
            <source>Dark</source>
            <translation>⟦Dark⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="99" />
            <source> sessions a week</source>
            <translation>⟦ sessions a week⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="103" />
            <location filename="../ui/settings_dialog.py" line="130" />
            <source>Data folder</source>
            <translation>⟦Data folder⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="104" />
            <source>Open folder</source>
            <translation>⟦Open folder⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="112" />
            <source>Lan&amp;guage</source>
            <translation>⟦Lan&amp;guage⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="114" />
            <source>&amp;Voice</source>
            <translation>⟦&amp;Voice⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="115" />
            <source>&amp;Rate</source>
            <translation>⟦&amp;Rate⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="116" />
            <source>V&amp;olume</source>
            <translation>⟦V&amp;olume⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="118" />
            <source>&amp;Countdown</source>
            <translation>⟦&amp;Countdown⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="119" />
            <source>&amp;Lead-in</source>
            <translation>⟦&amp;Lead-in⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="122" />
            <source>&amp;Theme</source>
            <translation>⟦&amp;Theme⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="123" />
            <source>&amp;Weekly target</source>
            <translation>⟦&amp;Weekly target⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="128" />
            <location filename="../ui/settings_dialog.py" line="129" />
            <source>Other players' music under a cue</source>
            <translation>⟦Other players' music under a cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="131" />
            <source>Open the data folder</source>
            <translation>⟦Open the data folder⟧</translation>
        </message>
    </context>
    <context>
        <name>StartPanel</name>
        <message>
            <location filename="../ui/player/start_panel.py" line="66" />
            <source>The intervals of the routine</source>
            <translation>⟦The intervals of the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="77" />
            <location filename="../ui/player/start_panel.py" line="138" />
            <source>Suggestion</source>
            <translation>⟦Suggestion⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="85" />
            <source>This routine cannot be played until these problems are fixed:</source>
            <translation>⟦This routine cannot be played until these problems are fixed:⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="89" />
            <source>Problems in the routine</source>
            <translation>⟦Problems in the routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="93" />
            <location filename="../ui/player/start_panel.py" line="94" />
            <source>Back to the library</source>
            <translation>⟦Back to the library⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="133" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="134" />
            <source>Level, total time and steps</source>
            <translation>⟦Level, total time and steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="135" />
            <source>Tags</source>
            <translation>⟦Tags⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="136" />
            <source>Kinds of interval</source>
            <translation>⟦Kinds of interval⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="137" />
            <source>Description</source>
            <translation>⟦Description⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="179" />
            <source>{total} ({scaled} at {pct})</source>
            <translation>⟦{total} ({scaled} at {pct})⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="203" />
            <source>Play at {pct}</source>
            <translation>⟦Play at {pct}⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="218" />
            <source>{count} problem(s) found</source>
            <translation>⟦{count} problem(s) found⟧</translation>
        </message>
        <message>
            <location filename="../ui/player/start_panel.py" line="225" />
            <source>The routine could not be read.</source>
            <translation>⟦The routine could not be read.⟧</translation>
        </message>
    </context>
    <context>
        <name>StepForm</name>
        <message>
            <location filename="../ui/editor/forms.py" line="371" />
            <source>Exercise name</source>
            <translation>⟦Exercise name⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="373" />
            <source>Where the exercise comes from</source>
            <translation>⟦Where the exercise comes from⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="375" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="381" />
            <source>Duration</source>
            <translation>⟦Duration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="382" />
            <source>45, 1:30 or max</source>
            <translation>⟦45, 1:30 or max⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="383" />
            <source>Cap</source>
            <translation>⟦Cap⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="384" />
            <source>no cap</source>
            <translation>⟦no cap⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="386" />
            <source>Sides</source>
            <translation>⟦Sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="392" />
            <source>Cue said at the start</source>
            <translation>⟦Cue said at the start⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="393" />
            <source>&amp;Hear it</source>
            <translation>⟦&amp;Hear it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="394" />
            <source>Hear the cue</source>
            <translation>⟦Hear the cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="401" />
            <source>Muscles</source>
            <translation>⟦Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="420" />
            <source>Timed cues</source>
            <translation>⟦Timed cues⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="431" />
            <source>&amp;Add cue</source>
            <translation>⟦&amp;Add cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="432" />
            <source>Add a timed cue</source>
            <translation>⟦Add a timed cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="434" />
            <source>Remo&amp;ve cue</source>
            <translation>⟦Remo&amp;ve cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="435" />
            <source>Remove the selected timed cue</source>
            <translation>⟦Remove the selected timed cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="437" />
            <source>Rest after this step</source>
            <translation>⟦Rest after this step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="439" />
            <source>Timed cue problem</source>
            <translation>⟦Timed cue problem⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="447" />
            <source>E&amp;xercise</source>
            <translation>⟦E&amp;xercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="451" />
            <source>S&amp;ides</source>
            <translation>⟦S&amp;ides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="455" />
            <source>&amp;Kind</source>
            <translation>⟦&amp;Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="458" />
            <source>Ca&amp;p</source>
            <translation>⟦Ca&amp;p⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="462" />
            <source>D&amp;uration</source>
            <translation>⟦D&amp;uration⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="466" />
            <source>&amp;Cue</source>
            <translation>⟦&amp;Cue⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="467" />
            <source>&amp;Muscles</source>
            <translation>⟦&amp;Muscles⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="476" />
            <source>&amp;Timed cues</source>
            <translation>⟦&amp;Timed cues⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="477" />
            <source>R&amp;est after</source>
            <translation>⟦R&amp;est after⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="518" />
            <source>From the exercise catalog ({id}); fields you change override it.</source>
            <translation>⟦From the exercise catalog ({id}); fields you change override it.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="523" />
            <source>An exercise of your own.</source>
            <translation>⟦An exercise of your own.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/forms.py" line="536" />
            <source>default ({rest})</source>
            <translation>⟦default ({rest})⟧</translation>
        </message>
    </context>
    <context>
        <name>StepsModel</name>
        <message>
            <location filename="../ui/library/page.py" line="263" />
            <source>Step</source>
            <translation>⟦Step⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="263" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="263" />
            <source>Sides</source>
            <translation>⟦Sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/library/page.py" line="263" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
    </context>
    <context>
        <name>StepsPane</name>
        <message>
            <location filename="../ui/editor/panes.py" line="38" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="45" />
            <source>Add from &amp;catalog…</source>
            <translation>⟦Add from &amp;catalog…⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="45" />
            <source>Add a step from the exercise catalog</source>
            <translation>⟦Add a step from the exercise catalog⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="47" />
            <source>Add &amp;blank step</source>
            <translation>⟦Add &amp;blank step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="47" />
            <source>Add a blank step</source>
            <translation>⟦Add a blank step⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="48" />
            <source>Add re&amp;peat block</source>
            <translation>⟦Add re&amp;peat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="48" />
            <source>Add a repeat block</source>
            <translation>⟦Add a repeat block⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="50" />
            <source>&amp;Duplicate</source>
            <translation>⟦&amp;Duplicate⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="50" />
            <source>Duplicate the selected item</source>
            <translation>⟦Duplicate the selected item⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="52" />
            <source>De&amp;lete</source>
            <translation>⟦De&amp;lete⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="52" />
            <source>Delete the selected item</source>
            <translation>⟦Delete the selected item⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="53" />
            <source>Move &amp;up</source>
            <translation>⟦Move &amp;up⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="53" />
            <source>Move the selected item up</source>
            <translation>⟦Move the selected item up⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="54" />
            <source>Move do&amp;wn</source>
            <translation>⟦Move do&amp;wn⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="54" />
            <source>Move the selected item down</source>
            <translation>⟦Move the selected item down⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="55" />
            <source>Alt+Up; next to a repeat block, goes into or out of it</source>
            <translation>⟦Alt+Up; next to a repeat block, goes into or out of it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="57" />
            <source>Alt+Down; next to a repeat block, goes into or out of it</source>
            <translation>⟦Alt+Down; next to a repeat block, goes into or out of it⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panes.py" line="69" />
            <location filename="../ui/editor/panes.py" line="81" />
            <source>Steps</source>
            <translation>⟦Steps⟧</translation>
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <location filename="../ui/history/summary.py" line="57" />
            <source>Workout summary</source>
            <translation>⟦Workout summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="64" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="65" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="67" />
            <source>Time done of planned</source>
            <translation>⟦Time done of planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="70" />
            <source>Steps done and skipped</source>
            <translation>⟦Steps done and skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="73" />
            <source>Touchdowns per side</source>
            <translation>⟦Touchdowns per side⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="78" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="80" />
            <source>How did it go? Anything to remember next time?</source>
            <translation>⟦How did it go? Anything to remember next time?⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="83" />
            <source>Routine:</source>
            <translation>⟦Routine:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="84" />
            <source>Status:</source>
            <translation>⟦Status:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="85" />
            <source>Time:</source>
            <translation>⟦Time:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="86" />
            <source>Steps:</source>
            <translation>⟦Steps:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="87" />
            <source>Touchdowns:</source>
            <translation>⟦Touchdowns:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="88" />
            <source>&amp;Effort:</source>
            <translation>⟦&amp;Effort:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="89" />
            <source>&amp;Notes:</source>
            <translation>⟦&amp;Notes:⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="94" />
            <source>S&amp;kip</source>
            <translation>⟦S&amp;kip⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="96" />
            <source>Save effort and notes</source>
            <translation>⟦Save effort and notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="97" />
            <source>Skip without saving</source>
            <translation>⟦Skip without saving⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="101" />
            <source>Summary</source>
            <translation>⟦Summary⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="113" />
            <source>This session is no longer in the history.</source>
            <translation>⟦This session is no longer in the history.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="119" />
            <source>Workout complete</source>
            <translation>⟦Workout complete⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="120" />
            <source>Workout stopped</source>
            <translation>⟦Workout stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="122" />
            <source>Workout interrupted</source>
            <translation>⟦Workout interrupted⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="127" />
            <source>{done} of {planned}</source>
            <translation>⟦{done} of {planned}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="132" />
            <source>{done} done, {skipped} skipped, of {total}</source>
            <translation>⟦{done} done, {skipped} skipped, of {total}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="137" />
            <source>Left {left}, right {right}</source>
            <translation>⟦Left {left}, right {right}⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="158" />
            <source>Not saved</source>
            <translation>⟦Not saved⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="159" />
            <source>Effort and notes could not be saved to the history ({error}).</source>
            <translation>⟦Effort and notes could not be saved to the history ({error}).⟧</translation>
        </message>
    </context>
    <context>
        <name>SummaryPanel</name>
        <message>
            <location filename="../ui/editor/panels.py" line="89" />
            <source>Total time</source>
            <translation>⟦Total time⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="91" />
            <source>Number of steps</source>
            <translation>⟦Number of steps⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="93" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="93" />
            <source>Time</source>
            <translation>⟦Time⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="93" />
            <source>Share</source>
            <translation>⟦Share⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="95" />
            <source>Time per kind</source>
            <translation>⟦Time per kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="97" />
            <source>Muscle group</source>
            <translation>⟦Muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="97" />
            <source>Work</source>
            <translation>⟦Work⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="97" />
            <source>Stretch</source>
            <translation>⟦Stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="99" />
            <source>Time per muscle group</source>
            <translation>⟦Time per muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="101" />
            <source>Muscles without a stretch</source>
            <translation>⟦Muscles without a stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="106" />
            <source>Time per &amp;kind</source>
            <translation>⟦Time per &amp;kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="110" />
            <source>Time per &amp;muscle group</source>
            <translation>⟦Time per &amp;muscle group⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="121" />
            <source>Total: not worked out</source>
            <translation>⟦Total: not worked out⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="123" />
            <source>The repeats add up to more than {count} steps to play.</source>
            <translation>⟦The repeats add up to more than {count} steps to play.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="131" />
            <source>Total: {time}</source>
            <translation>⟦Total: {time}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="133" />
            <source>{written} steps written, {played} played with repeats and sides</source>
            <translation>⟦{written} steps written, {played} played with repeats and sides⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="154" />
            <source>none</source>
            <translation>⟦none⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="160" />
            <source>⚠ Worked but never stretched: {muscles}.</source>
            <translation>⟦⚠ Worked but never stretched: {muscles}.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="166" />
            <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
            <translation>⟦✓ Not stretched here, on purpose: {muscles}. {why}⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="172" />
            <source>✓ Every worked muscle group has a stretch.</source>
            <translation>⟦✓ Every worked muscle group has a stretch.⟧</translation>
        </message>
        <message>
            <location filename="../ui/editor/panels.py" line="175" />
            <source>Tick the muscles of each step to see where the work goes.</source>
            <translation>⟦Tick the muscles of each step to see where the work goes.⟧</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <location filename="../ui/history/charts.py" line="42" />
            <source>Current streak in weeks</source>
            <translation>⟦Current streak in weeks⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="47" />
            <source>What the streak counts</source>
            <translation>⟦What the streak counts⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="50" />
            <source>This week so far</source>
            <translation>⟦This week so far⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="55" />
            <source>Streak</source>
            <translation>⟦Streak⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="71" />
            <source>Minutes per week by kind</source>
            <translation>⟦Minutes per week by kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="71" />
            <source>Minutes</source>
            <translation>⟦Minutes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="74" />
            <source>Completed sessions per week</source>
            <translation>⟦Completed sessions per week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="75" />
            <source>Sessions</source>
            <translation>⟦Sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="80" />
            <source>Balance drills: left and right seconds per week</source>
            <translation>⟦Balance drills: left and right seconds per week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="81" />
            <source>Seconds</source>
            <translation>⟦Seconds⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="173" />
            <source>min</source>
            <translation>⟦min⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="175" />
            <source>No training in these weeks yet.</source>
            <translation>⟦No training in these weeks yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="185" />
            <source>Completed sessions</source>
            <translation>⟦Completed sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="190" />
            <source>Target: {n} a week</source>
            <translation>⟦Target: {n} a week⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="192" />
            <source>No completed sessions in these weeks yet.</source>
            <translation>⟦No completed sessions in these weeks yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="202" />
            <source>Left</source>
            <translation>⟦Left⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="204" />
            <source>Right</source>
            <translation>⟦Right⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="207" />
            <source>s</source>
            <translation>⟦s⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="208" />
            <source>No balance drills on both sides yet.</source>
            <translation>⟦No balance drills on both sides yet.⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="214" />
            <source>weeks in a row with at least {n} completed sessions</source>
            <translation>⟦weeks in a row with at least {n} completed sessions⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/charts.py" line="218" />
            <source>This week: {done} of {target} so far</source>
            <translation>⟦This week: {done} of {target} so far⟧</translation>
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
            <location filename="../ui/history/summary.py" line="35" />
            <location filename="../ui/history/summary.py" line="39" />
            <source>Not rated</source>
            <translation>⟦Not rated⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="37" />
            <source>Effort from 1 to 10</source>
            <translation>⟦Effort from 1 to 10⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/summary.py" line="43" />
            <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
            <translation>⟦How hard it felt: 1 very easy, 10 as hard as you can go⟧</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../ui/history/charts.py" line="29" />
            <source>Week of {date}</source>
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
            <location filename="../ui/history/models.py" line="176" />
            <source>Date</source>
            <translation>⟦Date⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="177" />
            <source>Routine</source>
            <translation>⟦Routine⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="178" />
            <source>Done / planned</source>
            <translation>⟦Done / planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="179" />
            <source>Status</source>
            <translation>⟦Status⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="180" />
            <source>Effort</source>
            <translation>⟦Effort⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="181" />
            <source>Notes</source>
            <translation>⟦Notes⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="239" />
            <source>#</source>
            <translation>⟦#⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="240" />
            <source>Exercise</source>
            <translation>⟦Exercise⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="241" />
            <source>Kind</source>
            <translation>⟦Kind⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="242" />
            <source>Side</source>
            <translation>⟦Side⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="243" />
            <source>Planned</source>
            <translation>⟦Planned⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="244" />
            <source>Done</source>
            <translation>⟦Done⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="245" />
            <location filename="../ui/history/models.py" line="263" />
            <source>Skipped</source>
            <translation>⟦Skipped⟧</translation>
        </message>
        <message>
            <location filename="../ui/history/models.py" line="246" />
            <source>Touchdowns</source>
            <translation>⟦Touchdowns⟧</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../ui/labels.py" line="40" />
            <source>Hold</source>
            <translation>⟦Hold⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="41" />
            <source>Stretch</source>
            <translation>⟦Stretch⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="42" />
            <source>Balance</source>
            <translation>⟦Balance⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="43" />
            <source>Move</source>
            <translation>⟦Move⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="44" />
            <source>Rest</source>
            <translation>⟦Rest⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="58" />
            <source>Beginner</source>
            <translation>⟦Beginner⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="59" />
            <source>Intermediate</source>
            <translation>⟦Intermediate⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="60" />
            <source>Advanced</source>
            <translation>⟦Advanced⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="67" />
            <source>Left</source>
            <translation>⟦Left⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="69" />
            <source>Right</source>
            <translation>⟦Right⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="76" />
            <source>LEFT</source>
            <translation>⟦LEFT⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="78" />
            <source>RIGHT</source>
            <translation>⟦RIGHT⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="85" />
            <source>left, then right</source>
            <translation>⟦left, then right⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="87" />
            <source>both</source>
            <translation>⟦both⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="98" />
            <source>Completed</source>
            <translation>⟦Completed⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="99" />
            <source>Stopped</source>
            <translation>⟦Stopped⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="100" />
            <source>Interrupted</source>
            <translation>⟦Interrupted⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="115" />
            <source>max</source>
            <translation>⟦max⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="116" />
            <source>max {cap}</source>
            <translation>⟦max {cap}⟧</translation>
        </message>
        <message>
            <location filename="../ui/labels.py" line="128" />
            <source>Repeat ×{count}</source>
            <translation>⟦Repeat ×{count}⟧</translation>
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
    </context>
    <context>
        <name>player</name>
        <message>
            <location filename="../ui/player/view.py" line="109" />
            <source>of {time}</source>
            <extracomment>Below this many seconds left the countdown shows tenths.</extracomment>
            <translation>⟦of {time}⟧</translation>
        </message>
    </context>
</TS>
