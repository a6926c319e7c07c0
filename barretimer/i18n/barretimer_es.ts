<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="548"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="550"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="553"/>
        <source>Block name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="554"/>
        <source>optional, e.g. Seat circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="555"/>
        <source>Rest between rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="559"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="566"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="567"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="568"/>
        <source>R&amp;est between rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="583"/>
        <source>default ({rest})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="54"/>
        <source>Add a step from the exercise catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="61"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="76"/>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="77"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="80"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="83"/>
        <source>About the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="90"/>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="119"/>
        <source>No exercise matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="123"/>
        <source>Safety: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="183"/>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="189"/>
        <source>Total: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="194"/>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="203"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/view.py" line="179"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="30"/>
        <source>%Ln round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="33"/>
        <source>%Ln step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="36"/>
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="145"/>
        <source>&amp;New</source>
        <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step. How many problems a message box lists before &quot;and N more&quot;. &quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="147"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="149"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="150"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="152"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="157"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="158"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="160"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="170"/>
        <source>&amp;Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="172"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="182"/>
        <source>Editor actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="203"/>
        <source>Routine being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="205"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="212"/>
        <location filename="../ui/editor/page.py" line="484"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="218"/>
        <location filename="../ui/editor/page.py" line="277"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="241"/>
        <source>Add from &amp;catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="242"/>
        <source>Add a step from the exercise catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="246"/>
        <source>Add &amp;blank step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="246"/>
        <source>Add a blank step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="249"/>
        <source>Add re&amp;peat block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="249"/>
        <location filename="../ui/editor/page.py" line="661"/>
        <source>Add a repeat block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="252"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="252"/>
        <source>Duplicate the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="255"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="255"/>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="258"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="258"/>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="261"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="261"/>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="263"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="265"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="301"/>
        <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="320"/>
        <location filename="../ui/editor/page.py" line="462"/>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="325"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="329"/>
        <location filename="../ui/editor/page.py" line="339"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="338"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="368"/>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="452"/>
        <location filename="../ui/editor/page.py" line="486"/>
        <source>Step {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="458"/>
        <source>Repeat block {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="489"/>
        <source>Block {position} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="492"/>
        <source>Step {position} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="515"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="519"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="521"/>
        <source>(and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="526"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="533"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="535"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="536"/>
        <source>{title} – barretimer editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="596"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="597"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="598"/>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="599"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="600"/>
        <source>max scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="601"/>
        <source>default rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="602"/>
        <source>lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="603"/>
        <source>switch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="604"/>
        <source>countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="605"/>
        <source>exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="606"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="607"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="608"/>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="609"/>
        <source>sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="610"/>
        <source>cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="611"/>
        <source>muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="612"/>
        <source>timed cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="613"/>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="614"/>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="616"/>
        <source>Change {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="642"/>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="648"/>
        <location filename="../ui/editor/page.py" line="657"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="649"/>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="669"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="683"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="693"/>
        <location filename="../ui/editor/page.py" line="708"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="783"/>
        <source>line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="791"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="831"/>
        <source>Cannot open routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="831"/>
        <source>{file} cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="840"/>
        <source>Parts of the file were not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="842"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="875"/>
        <source>Cannot duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="875"/>
        <source>{file} cannot be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="880"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="895"/>
        <location filename="../ui/editor/page.py" line="1026"/>
        <location filename="../ui/editor/page.py" line="1046"/>
        <location filename="../ui/editor/page.py" line="1049"/>
        <location filename="../ui/editor/page.py" line="1057"/>
        <source>Cannot save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="921"/>
        <location filename="../ui/editor/page.py" line="965"/>
        <source>Cannot import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="949"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="954"/>
        <source>Imported, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="955"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="967"/>
        <source>{file} was not imported: it has {count} problem(s). Fix them and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="978"/>
        <location filename="../ui/editor/page.py" line="981"/>
        <location filename="../ui/editor/page.py" line="987"/>
        <source>Cannot export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="995"/>
        <source>the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1002"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1009"/>
        <source>The routine was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1034"/>
        <source>Save routine as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1034"/>
        <location filename="../ui/editor/page.py" line="1068"/>
        <location filename="../ui/editor/page.py" line="1088"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1068"/>
        <source>Open routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1077"/>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1079"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1088"/>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1098"/>
        <source>this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1101"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1105"/>
        <source>Save the changes to “{name}” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="1115"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/page.py" line="62"/>
        <source>Workout ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="63"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="64"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="65"/>
        <source>Play again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>History views</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="66"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="68"/>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="80"/>
        <source>Show sessions of routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="87"/>
        <source>Show sessions with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="88"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="91"/>
        <source>Sessions from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>Sessions up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="97"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="98"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="102"/>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="104"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="116"/>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="142"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="143"/>
        <source>Open the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="144"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="145"/>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="146"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="153"/>
        <source>Undo the last change to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="155"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="156"/>
        <source>Export the history to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="157"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="158"/>
        <source>Import sessions from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="161"/>
        <source>Number of sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="164"/>
        <source>Sort sessions by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="167"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="168"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="169"/>
        <source>Routine A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="170"/>
        <source>Longest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="171"/>
        <source>Shortest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="172"/>
        <source>Hardest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="173"/>
        <source>Easiest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="176"/>
        <source>Sor&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="191"/>
        <location filename="../ui/history/page.py" line="420"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="230"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="240"/>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="329"/>
        <source>1 session matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="331"/>
        <source>{n} sessions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="422"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="457"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="468"/>
        <location filename="../ui/history/page.py" line="484"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="468"/>
        <location filename="../ui/history/page.py" line="493"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="477"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="485"/>
        <source>Wrote {count} sessions to {file}, and their steps to {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="493"/>
        <location filename="../ui/history/page.py" line="513"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="519"/>
        <source>Nothing was imported. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="522"/>
        <source>Nothing was imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="514"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="160"/>
        <source>Workout progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/strip.py" line="181"/>
        <source>Interval {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="314"/>
        <source>Search names, descriptions and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="315"/>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="318"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="319"/>
        <location filename="../ui/library/page.py" line="475"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="321"/>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="322"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="328"/>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="357"/>
        <source>Problems (fix the file, or open it in the editor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="361"/>
        <source>The intervals of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="364"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="369"/>
        <source>Steps of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="379"/>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="380"/>
        <source>Level, time and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="381"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="382"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="386"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="387"/>
        <location filename="../ui/library/page.py" line="537"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="388"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="447"/>
        <source>Reading the routines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="535"/>
        <source>Duplicate and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="540"/>
        <source>No routine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="549"/>
        <source>Shipped with barretimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="549"/>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="556"/>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="566"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>Places</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <location filename="../ui/main_window.py" line="460"/>
        <location filename="../ui/main_window.py" line="469"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <location filename="../ui/main_window.py" line="482"/>
        <location filename="../ui/main_window.py" line="491"/>
        <location filename="../ui/main_window.py" line="500"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Reading the routines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="301"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="461"/>
        <location filename="../ui/main_window.py" line="718"/>
        <source>The routine editor is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="469"/>
        <source>The routine editor could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="483"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="492"/>
        <source>The history view is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="500"/>
        <source>The history view could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="552"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="554"/>
        <source>&amp;Open routine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="557"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="561"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="565"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="567"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="576"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="579"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="582"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="582"/>
        <source>&amp;Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="582"/>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="582"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="591"/>
        <source>&amp;Fullscreen room mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="595"/>
        <source>&amp;Mini view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="601"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="602"/>
        <source>&amp;About barretimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="604"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="619"/>
        <source>A workout is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="620"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="663"/>
        <source>Open a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="665"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="681"/>
        <source>Open a routine in the player first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="687"/>
        <source>Export watch workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="689"/>
        <source>FIT workouts (*.fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="698"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="805"/>
        <source>About barretimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="807"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="821"/>
        <source>Space: pause or go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="822"/>
        <source>Right: skip   ·   Left: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="823"/>
        <source>+: ten seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="824"/>
        <source>Enter: done (max holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="825"/>
        <source>T: touchdown in a balance drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="826"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="827"/>
        <source>Esc: stop (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="828"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="829"/>
        <source>Ctrl+1 to Ctrl+4: Library, Player, Editor, History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="836"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="887"/>
        <source>Sound cannot be played ({reason}). The workout goes on with the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="891"/>
        <source>Speech is not available ({reason}). The workout goes on with beeps and the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="29"/>
        <source>barretimer mini view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>Mini view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="35"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="55"/>
        <source>Nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/main_window.py" line="78"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79"/>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="61"/>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="70"/>
        <source>What is next in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="77"/>
        <source>About this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="86"/>
        <location filename="../ui/plan_panel.py" line="152"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="87"/>
        <source>Follow this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="89"/>
        <source>Stop following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="154"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="159"/>
        <source>{name} ({weeks} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="166"/>
        <source>Your plan: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="174"/>
        <source>Start {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="184"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="188"/>
        <source>{first}, then {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="191"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="195"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="199"/>
        <source>{done} of {count} done this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="203"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="236"/>
        <source>The plan could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="432"/>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="457"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="458"/>
        <source>Workout time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="459"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="460"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="461"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="462"/>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="463"/>
        <source>Touchdowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="492"/>
        <source>{side} side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="496"/>
        <source>Press Enter when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="500"/>
        <source>Next up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="502"/>
        <source>Last one!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="508"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="530"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="389"/>
        <source>This routine has nothing to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="422"/>
        <location filename="../ui/player/page.py" line="450"/>
        <source>Trying it out: not saved in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="425"/>
        <source>A workout is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="446"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="448"/>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="482"/>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="482"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="484"/>
        <source>{name}: {done} of {planned}, {steps} steps done, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="494"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="498"/>
        <source>This try was not saved in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="500"/>
        <source>Saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="535"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="535"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="584"/>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="585"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="613"/>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="613"/>
        <source>Voice muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="614"/>
        <source>Beeps on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="614"/>
        <source>Beeps muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="108"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="217"/>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="219"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="230"/>
        <source>beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="231"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="232"/>
        <source>advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="239"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>runners, glutes, core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="244"/>
        <source>Longest progression scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="245"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="249"/>
        <source>Rest between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="250"/>
        <source>Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="251"/>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="253"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="255"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="264"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="265"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="268"/>
        <source>Max &amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="272"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="275"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="278"/>
        <source>&amp;Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="279"/>
        <source>Lead-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="280"/>
        <source>S&amp;witch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="281"/>
        <source>C&amp;ountdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="288"/>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="310"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineTableModel</name>
    <message>
        <location filename="../ui/library/page.py" line="135"/>
        <source>Routine</source>
        <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="136"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="137"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="138"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="139"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="172"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="176"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="176"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="178"/>
        <source>{source}: {count} problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondsField</name>
    <message>
        <location filename="../ui/editor/forms.py" line="145"/>
        <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="147"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="149"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="151"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="43"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="44"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="47"/>
        <source>Time done of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="51"/>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="52"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="53"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="54"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="55"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Steps of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="76"/>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="81"/>
        <source>Save effort and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="83"/>
        <source>&amp;Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="85"/>
        <source>Delete this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="87"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="99"/>
        <source>This session is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="108"/>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="113"/>
        <source>{done} done, {skipped} skipped, of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="117"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="46"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source> words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>As in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="75"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="79"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source> sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="92"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="104"/>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source>&amp;Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107"/>
        <source>&amp;Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>&amp;Weekly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="66"/>
        <source>The intervals of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <location filename="../ui/player/start_panel.py" line="138"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="85"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="89"/>
        <source>Problems in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="93"/>
        <location filename="../ui/player/start_panel.py" line="94"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Level, total time and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="135"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="136"/>
        <source>Kinds of interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="137"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="179"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="203"/>
        <source>Play at {pct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="218"/>
        <source>{count} problem(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="225"/>
        <source>The routine could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="371"/>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="373"/>
        <source>Where the exercise comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="375"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="381"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="382"/>
        <source>45, 1:30 or max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="383"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="384"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="386"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="392"/>
        <source>Cue said at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="393"/>
        <source>&amp;Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="394"/>
        <source>Hear the cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="401"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="420"/>
        <source>Timed cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="431"/>
        <source>&amp;Add cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="432"/>
        <source>Add a timed cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="434"/>
        <source>Remo&amp;ve cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="435"/>
        <source>Remove the selected timed cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="437"/>
        <source>Rest after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="439"/>
        <source>Timed cue problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="447"/>
        <source>E&amp;xercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="451"/>
        <source>S&amp;ides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="455"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="458"/>
        <source>Ca&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="462"/>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="466"/>
        <source>&amp;Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="467"/>
        <source>&amp;Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="476"/>
        <source>&amp;Timed cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="477"/>
        <source>R&amp;est after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="518"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="523"/>
        <source>An exercise of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="536"/>
        <source>default ({rest})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../ui/library/page.py" line="262"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="262"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="262"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="262"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="56"/>
        <source>Workout summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="63"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>Time done of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="69"/>
        <source>Steps done and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="72"/>
        <source>Touchdowns per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="77"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="82"/>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="83"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="84"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="85"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Touchdowns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="87"/>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="88"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="93"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="95"/>
        <source>Save effort and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="96"/>
        <source>Skip without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="100"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="112"/>
        <source>This session is no longer in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="118"/>
        <source>Workout complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Workout stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="121"/>
        <source>Workout interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>{done} done, {skipped} skipped, of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>Left {left}, right {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="157"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="158"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="88"/>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="90"/>
        <source>Number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="92"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="92"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="94"/>
        <source>Time per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="96"/>
        <source>Muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="96"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="96"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="98"/>
        <source>Time per muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="100"/>
        <source>Muscles without a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="105"/>
        <source>Time per &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="109"/>
        <source>Time per &amp;muscle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="120"/>
        <source>Total: not worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="122"/>
        <source>The repeats add up to more than {count} steps to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Total: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="132"/>
        <source>{written} steps written, {played} played with repeats and sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="153"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="159"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="165"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="171"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="174"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="42"/>
        <source>Current streak in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="47"/>
        <source>What the streak counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>This week so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="55"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="71"/>
        <source>Minutes per week by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="71"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Completed sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="75"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="80"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="81"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="173"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="175"/>
        <source>No training in these weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="185"/>
        <source>Completed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="190"/>
        <source>Target: {n} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="192"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="202"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="204"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="208"/>
        <source>No balance drills on both sides yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="214"/>
        <source>weeks in a row with at least {n} completed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="218"/>
        <source>This week: {done} of {target} so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Controls</name>
    <message>
        <location filename="../ui/player/page.py" line="121"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="121"/>
        <source>Pause or go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="123"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="125"/>
        <source>Restart this interval, or go to the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="128"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="128"/>
        <source>Skip to the next interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="131"/>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="137"/>
        <source>Add 10 seconds to this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="140"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="146"/>
        <source>Finish this max hold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="149"/>
        <source>Touchdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="149"/>
        <source>Count a touchdown on this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="152"/>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="152"/>
        <source>Mute or unmute the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="155"/>
        <source>Beeps on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="155"/>
        <source>Mute or unmute the beeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="157"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="157"/>
        <source>Stop the workout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../ui/editor/models.py" line="223"/>
        <location filename="../ui/editor/models.py" line="538"/>
        <source>Exercise</source>
        <extracomment>A drag was dropped: the moved item&apos;s path, the target parent&apos;s path and row (the row counted before the move, as views give it).
----------
Every row the same size, so that a wrapping view lines them up in columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="224"/>
        <location filename="../ui/editor/models.py" line="539"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="225"/>
        <location filename="../ui/editor/models.py" line="542"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="226"/>
        <location filename="../ui/editor/models.py" line="540"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="243"/>
        <source>Item {position}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="260"/>
        <source>repeat block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="263"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="268"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="391"/>
        <source>At (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="392"/>
        <source>Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="418"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="541"/>
        <source>Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="543"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="34"/>
        <location filename="../ui/history/summary.py" line="38"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="36"/>
        <source>Effort from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="29"/>
        <source>Week of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="176"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Done / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="239"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="240"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="241"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="242"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="243"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="244"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="245"/>
        <location filename="../ui/history/models.py" line="263"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="246"/>
        <source>Touchdowns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="41"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="58"/>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="59"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="67"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="69"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="76"/>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <source>RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="85"/>
        <source>left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="87"/>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="98"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="99"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="100"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="115"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="116"/>
        <source>max {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>Repeat ×{count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/history/importing.py" line="42"/>
        <source>Importing {file}...</source>
        <extracomment>Steps of the progress bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="48"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../ui/player/view.py" line="109"/>
        <source>of {time}</source>
        <extracomment>Below this many seconds left the countdown shows tenths.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
