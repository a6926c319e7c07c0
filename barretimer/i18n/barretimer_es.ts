<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/picture_choice.py" line="22"/>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="24"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="31"/>
        <source>Cannot use this picture</source>
        <translation>No se puede usar esta imagen</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="63"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="128"/>
        <source>Equipment: {items}</source>
        <translation>Material: {items}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="129"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="214"/>
        <location filename="../ui/print_sheet.py" line="240"/>
        <source>cannot write {file}</source>
        <translation>no se puede escribir {file}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="271"/>
        <source>Open a routine in the player first.</source>
        <translation>Abre primero una rutina en el reproductor.</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="276"/>
        <source>Export a sheet to print</source>
        <translation>Exportar una hoja para imprimir</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="288"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>BestsModel</name>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Best hold</source>
        <translation>Mejor sostenido</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Set on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Holds</source>
        <translation>Sostenidos</translation>
    </message>
</context>
<context>
    <name>BestsView</name>
    <message>
        <location filename="../ui/history/bests.py" line="70"/>
        <source>Personal bests</source>
        <translation>Marcas personales</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="82"/>
        <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
        <translation>Aún no hay sostenidos al máximo. Un paso con duración max cuenta hacia arriba hasta que pulsas Enter; aquí aparece el sostenido más largo de cada ejercicio.</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="88"/>
        <source>The longest you held each max hold (steps that count up).</source>
        <translation>Lo más que has aguantado en cada sostenido al máximo (pasos que cuentan hacia arriba).</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="219"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="227"/>
        <source>Block name</source>
        <translation>Nombre del bloque</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>optional, e.g. Seat circuit</source>
        <translation>opcional, p. ej. Circuito de glúteos</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="229"/>
        <source>Rest between rounds</source>
        <translation>Descanso entre rondas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="233"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation>Arrastra pasos dentro o fuera del bloque, o usa Subir y Bajar junto a él.</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>Repea&amp;t</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="241"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="242"/>
        <source>Rest between ro&amp;unds</source>
        <translation>&amp;Descanso entre rondas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="257"/>
        <source>default ({rest})</source>
        <translation>predeterminado ({rest})</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="56"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Añadir un paso del catálogo de ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="63"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="78"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="79"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation>Busca por nombre, tipo, músculo o indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="85"/>
        <source>About the exercise</source>
        <translation>Sobre el ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="92"/>
        <source>&amp;Add step</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="100"/>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="127"/>
        <source>No exercise matches the search.</source>
        <translation>Ningún ejercicio coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="131"/>
        <source>Safety: {text}</source>
        <translation>Seguridad: {text}</translation>
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
        <translation>Total: {value}</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="110"/>
        <source>Nothing recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <location filename="../ui/history/chartwidgets.py" line="119"/>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="240"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="244"/>
        <location filename="../ui/editor/panes.py" line="254"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="253"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="272"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Sin problemas: la rutina se puede guardar.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="275"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation>⚠ Aún no se puede guardar: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="277"/>
        <source>(and {count} more)</source>
        <translation>(y {count} más)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/ring.py" line="77"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="37"/>
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln ronda</numerusform>
            <numerusform>%Ln rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="40"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln paso</numerusform>
            <numerusform>%Ln pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="43"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="46"/>
        <source>%Ln interval(s)</source>
        <translation>
            <numerusform>%Ln intervalo</numerusform>
            <numerusform>%Ln intervalos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="49"/>
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="52"/>
        <source>week(s) in a row</source>
        <translation>
            <numerusform>semana seguida</numerusform>
            <numerusform>semanas seguidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="56"/>
        <source>time(s)</source>
        <translation>
            <numerusform>vez</numerusform>
            <numerusform>veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="105"/>
        <source>Routine being edited</source>
        <extracomment>&quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation>Rutina en edición</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="107"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="279"/>
        <source>Not saved yet: Save writes it to {folder}</source>
        <translation>Aún sin guardar: Guardar lo escribe en {folder}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="171"/>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="268"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="284"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="286"/>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="287"/>
        <source>{title} – barretimer editor</source>
        <translation>{title} – editor de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="56"/>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="65"/>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="43"/>
        <source>Save routine as</source>
        <translation>Guardar rutina como</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="19"/>
        <source>Routines (*.yaml *.yml)</source>
        <extracomment>How many problems a message lists before &quot;and N more&quot;.</extracomment>
        <translation>Rutinas (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="23"/>
        <source>Open routine</source>
        <translation>Abrir rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="29"/>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="30"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation>Rutinas y entrenamientos de otros temporizadores (*.yaml *.yml *.json *.feeel)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="37"/>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../ui/editor/toolbar.py" line="38"/>
        <source>Editor actions</source>
        <translation>Acciones del editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="78"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="95"/>
        <source>&amp;Try it</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="97"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation>Reproducir la rutina desde el paso seleccionado (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/end_panel.py" line="34"/>
        <source>Workout ended</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="35"/>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="36"/>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="37"/>
        <source>Play again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="85"/>
        <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
        <translation>{name}: {done} de {planned}, {steps} de {intervals} hechos, {skipped} saltados.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="96"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation>Apoyos: izquierdo {left}, derecho {right}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="100"/>
        <source>New personal best: {exercise}, {time}.</source>
        <translation>Nueva marca personal: {exercise}, {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="104"/>
        <source>This try was not saved in the history.</source>
        <translation>Esta prueba no se ha guardado en el historial.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="106"/>
        <source>Saved in your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercises/detail.py" line="62"/>
        <source>Used in</source>
        <extracomment>What a &quot;used in&quot; line opens: a routine&apos;s path, or None for a plan (shown in the Library).</extracomment>
        <translation>Se usa en</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="68"/>
        <source>Routines and plans that use this exercise</source>
        <translation>Rutinas y planes que usan este ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="70"/>
        <location filename="../ui/exercises/detail.py" line="72"/>
        <source>Add to a routine</source>
        <translation>Añadir a una rutina</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="71"/>
        <source>Open the editor with this exercise added</source>
        <translation>Abrir el editor con este ejercicio añadido</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="114"/>
        <source>Safety: {line}</source>
        <translation>Seguridad: {line}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="119"/>
        <source>Equipment: {items}</source>
        <translation>Material: {items}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="120"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="125"/>
        <source>Routine: {name}</source>
        <translation>Rutina: {name}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="130"/>
        <source>Plan: {plan} (in {routine})</source>
        <translation>Plan: {plan} (en {routine})</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="137"/>
        <source>No routine uses it yet.</source>
        <translation>Aún no lo usa ninguna rutina.</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterBar</name>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="23"/>
        <location filename="../ui/exercises/filter_bar.py" line="24"/>
        <source>Search the exercises</source>
        <translation>Buscar en los ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Any muscle</source>
        <translation>Cualquier músculo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="30"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="32"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="35"/>
        <source>Any equipment</source>
        <translation>Cualquier material</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="37"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
</context>
<context>
    <name>ExerciseNotes</name>
    <message>
        <location filename="../ui/exercise_notes.py" line="23"/>
        <source>Needs: {things}</source>
        <extracomment>How long after an interval changes the player&apos;s notes on the next exercise appear or go.</extracomment>
        <translation>Necesita: {things}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="42"/>
        <source>What it needs</source>
        <translation>Qué necesita</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="43"/>
        <source>How it is done</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="44"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="95"/>
        <source>Safety: {line}</source>
        <translation>Seguridad: {line}</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Exercise</source>
        <extracomment>The exercise behind a row (any column). The page imports one item&apos;s word under this name.</extracomment>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../ui/exercises/page.py" line="54"/>
        <location filename="../ui/exercises/page.py" line="86"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/exercises/page.py" line="149"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} de {total} ejercicios</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../ui/editor/checks.py" line="34"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="36"/>
        <source>Step {position}</source>
        <translation>Paso {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="39"/>
        <source>Block {position} ({title})</source>
        <translation>Bloque {position} ({title})</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="42"/>
        <source>Step {position} ({name})</source>
        <translation>Paso {position} ({name})</translation>
    </message>
</context>
<context>
    <name>HistoryNotes</name>
    <message>
        <location filename="../ui/player/history_notes.py" line="98"/>
        <source>New best! Your best was {time}.</source>
        <translation>¡Nueva marca! Tu mejor marca era {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/history_notes.py" line="99"/>
        <source>Your best: {time}</source>
        <translation>Tu mejor marca: {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="60"/>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="61"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="63"/>
        <source>&amp;Trends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>Personal &amp;bests</source>
        <translation>&amp;Marcas personales</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>&amp;Details…</source>
        <translation>Ver deta&amp;lles…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="93"/>
        <source>Open the selected session</source>
        <translation>Abrir la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <source>De&amp;lete…</source>
        <translation>El&amp;iminar…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Delete the selected session</source>
        <translation>Eliminar la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>Desha&amp;cer</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>Undo the last change to the history</source>
        <translation>Deshacer el último cambio en el historial</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="106"/>
        <source>Export the history to a CSV file</source>
        <translation>Exportar el historial a un archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="107"/>
        <source>&amp;Import CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="108"/>
        <source>Import sessions from a CSV file</source>
        <translation>Importar sesiones desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="111"/>
        <source>Number of sessions shown</source>
        <translation>Número de sesiones mostradas</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="114"/>
        <source>Sort sessions by</source>
        <translation>Ordenar sesiones por</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="117"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="118"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="119"/>
        <source>Routine A to Z</source>
        <translation>Rutina de la A a la Z</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="120"/>
        <source>Longest first</source>
        <translation>Más largas primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="121"/>
        <source>Shortest first</source>
        <translation>Más cortas primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="122"/>
        <source>Hardest first</source>
        <translation>Más duras primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="123"/>
        <source>Easiest first</source>
        <translation>Más fáciles primero</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="126"/>
        <source>Sor&amp;t:</source>
        <translation>Orde&amp;nar:</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="287"/>
        <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
        <translation>Se han escrito {sessions} en {file}, y sus pasos en {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="209"/>
        <source>1 session matches</source>
        <translation>1 sesión coincide</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="211"/>
        <source>{n} sessions match</source>
        <translation>{n} sesiones coinciden</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="260"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="286"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="295"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="279"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation>No se pudo escribir el historial en {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="295"/>
        <location filename="../ui/history/page.py" line="315"/>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="321"/>
        <source>Nothing was imported. {problem}</source>
        <translation>No se ha importado nada. {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="324"/>
        <source>Nothing was imported: {problem}</source>
        <translation>No se ha importado nada: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="316"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation>Se han añadido {added} sesiones; {skipped} ya estaban en el historial.</translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="165"/>
        <source>Workout progress</source>
        <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window&apos;s colour.</extracomment>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/player/strip.py" line="186"/>
        <source>Interval {n} of {count}</source>
        <translation>Intervalo {n} de {count}</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="182"/>
        <source>Select a step or a repeat block to edit it, or add one with the buttons below the steps.</source>
        <translation>Selecciona un paso o un bloque de repetición para editarlo, o añade uno con los botones bajo los pasos.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="209"/>
        <source>Step {position}</source>
        <translation>Paso {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="213"/>
        <source>Repeat block {position}</source>
        <translation>Bloque de repetición {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="216"/>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="116"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="86"/>
        <source>Quick timer…</source>
        <translation>Temporizador rápido…</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="88"/>
        <source>Rounds of work and rest, or one max hold, without writing a routine</source>
        <translation>Rondas de trabajo y descanso, o un sostenido al máximo, sin escribir una rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="111"/>
        <source>Reading the routines...</source>
        <translation>Leyendo las rutinas...</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation>No se puede usar el historial: {problem}. Los entrenamientos se reproducen, pero no se guardan.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation>La base de datos del historial estaba dañada; se ha movido a {path} y se ha creado una nueva.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="121"/>
        <source>The routine editor could not start.</source>
        <translation>No se pudo iniciar el editor de rutinas.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="145"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation>No se puede abrir el historial (consulta el aviso de arriba).</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="149"/>
        <source>The history view could not start.</source>
        <translation>No se pudo iniciar la vista del historial.</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>barretimer mini view</source>
        <translation>Vista mini de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="33"/>
        <source>Mini view</source>
        <translation>Vista mini</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="39"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="60"/>
        <source>Nothing playing</source>
        <translation>Nada en reproducción</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="69"/>
        <source>Workout complete</source>
        <translation>Entrenamiento completado</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="71"/>
        <source>Workout stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="95"/>
        <source>Paused</source>
        <translation>En pausa</translation>
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
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="25"/>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="28"/>
        <source>Show the details of the notice</source>
        <translation>Mostrar los detalles del aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="48"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="77"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/remote/notify.py" line="59"/>
        <source>Workout done</source>
        <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="60"/>
        <source>{routine}: {done}. Well done!</source>
        <translation>{routine}: {done}. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="77"/>
        <source>{name}: as long as you can</source>
        <translation>{name}: todo lo que puedas</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="78"/>
        <source>Say &quot;done&quot; with Next on your remote, or Enter in the window.</source>
        <translation>Indica que has terminado con Siguiente en tu control remoto, o con Enter en la ventana.</translation>
    </message>
</context>
<context>
    <name>PaneSplitter</name>
    <message>
        <location filename="../ui/editor/arrangement.py" line="25"/>
        <source>Selected item and checks</source>
        <translation>Elemento seleccionado y comprobaciones</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="83"/>
        <source>Routine</source>
        <extracomment>The widths two and three panes need with roomy forms (kept while compact).</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="84"/>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="85"/>
        <location filename="../ui/editor/arrangement.py" line="111"/>
        <source>Summary and problems</source>
        <translation>Resumen y problemas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/arrangement.py" line="109"/>
        <source>Summary and problems (%n)</source>
        <translation>
            <numerusform>Resumen y problemas (%n)</numerusform>
            <numerusform>Resumen y problemas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceList</name>
    <message>
        <location filename="../ui/window/places.py" line="41"/>
        <source>Places</source>
        <extracomment>Room around each place&apos;s name: across, then down (each side).</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="44"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="62"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="71"/>
        <source>What is next in your plan</source>
        <translation>Lo siguiente en tu plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="78"/>
        <source>About this week</source>
        <translation>Sobre esta semana</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="87"/>
        <location filename="../ui/plan_panel.py" line="153"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="88"/>
        <source>Follow this plan</source>
        <translation>Seguir este plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="90"/>
        <source>Stop following</source>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="155"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation>Sigue un plan y aquí verás qué hacer cada semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="160"/>
        <source>{name} ({weeks} weeks)</source>
        <translation>{name} ({weeks} semanas)</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="167"/>
        <source>Your plan: {name}</source>
        <translation>Tu plan: {name}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="175"/>
        <source>Start {routine}</source>
        <translation>Empezar {routine}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="185"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation>Las {weeks} semanas, completadas. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="189"/>
        <source>{first}, then {last}</source>
        <translation>{first} y luego {last}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="192"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation>Semana {week} de {weeks}: {sessions}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="196"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation>Todo hecho esta semana; la semana {next} empieza el {day}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="200"/>
        <source>{done} of {count} done this week.</source>
        <translation>{done} de {count} hechas esta semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="204"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation>Una pausa de tres semanas ha hecho retroceder el plan una semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="237"/>
        <source>The plan could not be saved: {problem}</source>
        <translation>No se pudo guardar el plan: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="95"/>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="47"/>
        <source>Round</source>
        <extracomment>Room mode&apos;s text sizes as shares of the screen&apos;s height (font pixel size): what reads from 3 m. The countdown&apos;s digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="48"/>
        <source>Workout time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="50"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="51"/>
        <source>Cue</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="52"/>
        <source>Next up</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="53"/>
        <source>Touchdowns</source>
        <translation>Apoyos</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="156"/>
        <source>{side} side</source>
        <translation>Lado: {side}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="163"/>
        <source>Press Enter when you are done.</source>
        <translation>Pulsa Enter cuando termines.</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="169"/>
        <source>Next up: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="171"/>
        <source>Last one!</source>
        <translation>¡El último!</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="177"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation>Apoyos (T):  ◀ izquierdo {left}   ·   derecho {right} ▶</translation>
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
        <translation>Pausar o continuar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="45"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="47"/>
        <source>Restart this interval, or go to the one before</source>
        <translation>Reiniciar este intervalo o ir al anterior</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip to the next interval</source>
        <translation>Saltar al siguiente intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="53"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="59"/>
        <source>Add 10 seconds to this interval</source>
        <translation>Añadir 10 segundos a este intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="62"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="68"/>
        <source>Finish this max hold now</source>
        <translation>Terminar ya este sostenido al máximo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Touchdown</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Count a touchdown on this side</source>
        <translation>Contar un apoyo en este lado</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <location filename="../ui/player/controls.py" line="140"/>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <source>Mute or unmute the voice</source>
        <translation>Silenciar o activar la voz</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <location filename="../ui/player/controls.py" line="148"/>
        <source>Beeps on</source>
        <translation>Pitidos activados</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <source>Mute or unmute the beeps</source>
        <translation>Silenciar o activar los pitidos</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop the workout</source>
        <translation>Detener el entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="141"/>
        <source>Voice muted</source>
        <translation>Voz silenciada</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="142"/>
        <source>No voice</source>
        <translation>Sin voz</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="149"/>
        <source>Beeps muted</source>
        <translation>Pitidos silenciados</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="150"/>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="235"/>
        <source>This routine has nothing to play.</source>
        <translation>Esta rutina no tiene nada que reproducir.</translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="268"/>
        <source>A workout is playing</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>PlayerRun</name>
    <message>
        <location filename="../ui/player/run.py" line="72"/>
        <source>Trying it out: not saved in the history</source>
        <translation>De prueba: no se guarda en el historial</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="78"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation>En pausa tras una interrupción. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="80"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="134"/>
        <source>Stop the workout?</source>
        <translation>¿Detener el entrenamiento?</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="135"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation>¿Detener ya el entrenamiento? Lo que has hecho hasta ahora se guarda como detenido.</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="115"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>How the speech client&apos;s reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation>La voz está desactivada: no se pudo iniciar ({error}).</translation>
    </message>
</context>
<context>
    <name>QuickTimerDialog</name>
    <message>
        <location filename="../ui/library/quick_timer.py" line="53"/>
        <source>Quick timer</source>
        <translation>Temporizador rápido</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="54"/>
        <source>&amp;Rounds of work and rest</source>
        <translation>&amp;Rondas de trabajo y descanso</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="55"/>
        <source>One &amp;max hold, as long as you can</source>
        <translation>Un sostenido al &amp;máximo, todo lo que puedas</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="59"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="60"/>
        <source>Work, seconds</source>
        <translation>Trabajo, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="61"/>
        <source>Rest, seconds</source>
        <translation>Descanso, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="65"/>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="66"/>
        <source>Stop by itself after, seconds</source>
        <translation>Detener automáticamente tras, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="67"/>
        <source>only when I say done</source>
        <translation>solo cuando diga terminado</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="71"/>
        <source>&amp;Exercise:</source>
        <translation>&amp;Ejercicio:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="72"/>
        <source>&amp;Work:</source>
        <translation>&amp;Trabajo:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="73"/>
        <source>R&amp;est:</source>
        <translation>&amp;Descanso:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="74"/>
        <source>R&amp;ounds:</source>
        <translation>Ro&amp;ndas:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="75"/>
        <source>Ca&amp;p:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="81"/>
        <source>Save as routine</source>
        <translation>Guardar como rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="118"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
        <translation>Temporizador rápido: {rounds} × {work} {exercise_lower}, {rest} de descanso</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="119"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
        <translation>Temporizador rápido: {rounds} × {work} {exercise_lower}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="120"/>
        <source>Quick max hold: {exercise}</source>
        <translation>Sostenido rápido al máximo: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="121"/>
        <source>Quick max hold: {exercise}, up to {cap}</source>
        <translation>Sostenido rápido al máximo: {exercise}, hasta {cap}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="122"/>
        <source>A quick timer: rounds of work and rest.</source>
        <translation>Un temporizador rápido: rondas de trabajo y descanso.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="123"/>
        <source>A quick timer: one hold, as long as you can.</source>
        <translation>Un temporizador rápido: un sostenido, tanto como puedas.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="124"/>
        <source>quick timer</source>
        <translation>temporizador rápido</translation>
    </message>
</context>
<context>
    <name>ReadingStandIn</name>
    <message>
        <location filename="../ui/window/places.py" line="96"/>
        <source>Reading the routines...</source>
        <translation>Leyendo las rutinas...</translation>
    </message>
</context>
<context>
    <name>RoomModes</name>
    <message>
        <location filename="../ui/window/room.py" line="31"/>
        <source>&amp;Fullscreen room mode</source>
        <translation>Modo sala a &amp;pantalla completa</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="35"/>
        <source>Leave room mode</source>
        <translation>Salir del modo sala</translation>
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
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="125"/>
        <location filename="../ui/editor/editing.py" line="131"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="145"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="146"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="147"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="148"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="149"/>
        <source>max scale</source>
        <translation>escala máxima</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="150"/>
        <source>default rest</source>
        <translation>descanso predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="151"/>
        <source>lead-in</source>
        <translation>preparación</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="152"/>
        <source>switch time</source>
        <translation>tiempo de cambio</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="153"/>
        <source>countdown</source>
        <translation>cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="154"/>
        <source>exercise name</source>
        <translation>nombre del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="155"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="156"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="157"/>
        <source>cap</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="158"/>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="159"/>
        <source>cue</source>
        <translation>indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="160"/>
        <source>muscles</source>
        <translation>músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="161"/>
        <source>timed cues</source>
        <translation>indicaciones programadas</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="162"/>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="163"/>
        <source>repeat</source>
        <translation>repetición</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="165"/>
        <source>Change {field}</source>
        <translation>Cambiar {field}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../ui/editor/files.py" line="59"/>
        <source>{file} cannot be opened:</source>
        <translation>No se puede abrir {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="60"/>
        <source>Cannot open routine</source>
        <translation>No se puede abrir la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="66"/>
        <source>Parts of the file were not understood</source>
        <translation>Hay partes del archivo que no se entendieron</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="68"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation>{file} se ha abierto, pero estas partes no se entendieron y se omitirán al guardar:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="117"/>
        <location filename="../ui/editor/files.py" line="265"/>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Cannot save routine</source>
        <translation>No se puede guardar la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="126"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="136"/>
        <source>{file} cannot be read:</source>
        <translation>No se puede leer {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="137"/>
        <source>Cannot duplicate routine</source>
        <translation>No se puede duplicar la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="155"/>
        <location filename="../ui/editor/files.py" line="199"/>
        <source>Cannot import routine</source>
        <translation>No se puede importar la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="183"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation>el archivo contiene {count} entrenamientos; este es el primero. Para añadirlos todos: barretimer import FILE</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="188"/>
        <source>Imported, not saved yet</source>
        <translation>Importada, aún sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="189"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation>{file} se muestra en el editor. Guárdala para conservarla.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
        <translation>{file} no se ha importado: tiene {problems}. Corrígelos e impórtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="206"/>
        <source>Cannot export routine</source>
        <translation>No se puede exportar la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="224"/>
        <source>the saved file</source>
        <translation>el archivo guardado</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="233"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation>el archivo no se leería de nuevo como esta rutina (un paso propio llamado exactamente como un id del catálogo se lee como ese ejercicio del catálogo)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="240"/>
        <source>The routine was not saved:</source>
        <translation>La rutina no se ha guardado:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="316"/>
        <source>this routine</source>
        <translation>esta rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="319"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>¿Guardar primero los cambios en “{name}”?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="322"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation>“{name}” tiene cambios que aún no se pueden guardar.
{why}

¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>RoutineFilterBar</name>
    <message>
        <location filename="../ui/library/filter_bar.py" line="27"/>
        <source>Search names, descriptions and tags</source>
        <translation>Busca en nombres, descripciones y etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="28"/>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="31"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="32"/>
        <location filename="../ui/library/filter_bar.py" line="58"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="34"/>
        <source>Filter by level</source>
        <translation>Filtrar por nivel</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="35"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="38"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="49"/>
        <source>Routine name</source>
        <extracomment>The defaults&apos; grid of four is too wide beside a label in a compact window.</extracomment>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="61"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="72"/>
        <source>Level</source>
        <translation>Nivel</translation>
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
        <translation>avanzado</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="86"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="87"/>
        <source>runners, glutes, core</source>
        <translation>corredores, glúteos, core</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="91"/>
        <source>Longest progression scale</source>
        <translation>Escala máxima de progresión</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="92"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="53"/>
        <source>Rest between steps</source>
        <translation>Descanso entre pasos</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="54"/>
        <source>Lead-in</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="55"/>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="99"/>
        <source>Countdown</source>
        <translation>Cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="111"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="112"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="115"/>
        <source>Max &amp;scale</source>
        <translation>Escala &amp;máxima</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="119"/>
        <source>&amp;Level</source>
        <translation>N&amp;ivel</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="127"/>
        <source>Le&amp;ad-in</source>
        <translation>P&amp;reparación</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="126"/>
        <source>&amp;Rest</source>
        <translation>Descan&amp;so</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="128"/>
        <source>S&amp;witch</source>
        <translation>Cambio de &amp;lado</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="129"/>
        <source>C&amp;ountdown</source>
        <translation>Cuen&amp;ta regresiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="139"/>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="161"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation>Escala máxima: &quot;{text}&quot; no es un número; escribe uno como 1.5 o déjalo vacío</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="78"/>
        <source>What the routine needs</source>
        <translation>Qué necesita la rutina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="80"/>
        <source>Exercises new to you</source>
        <translation>Ejercicios nuevos para ti</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="115"/>
        <source>You will need: {things}</source>
        <translation>Necesitarás: {things}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="117"/>
        <source>You need no equipment, only some floor space.</source>
        <translation>No necesitas material, solo un poco de espacio en el suelo.</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="132"/>
        <source>New to you ({count}): how each one is done</source>
        <translation>Nuevos para ti ({count}): cómo se hace cada uno</translation>
    </message>
</context>
<context>
    <name>RoutineOpening</name>
    <message>
        <location filename="../ui/window/opening.py" line="40"/>
        <source>A workout is playing</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="41"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation>Detén el entrenamiento en curso (Esc) antes de abrir otro.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="131"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="132"/>
        <source>The quick timer could not be saved ({error}).</source>
        <translation>No se pudo guardar el temporizador rápido ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="138"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="139"/>
        <source>Saved as {file} in your routines: the Library lists it now.</source>
        <translation>Guardado como {file} en tus rutinas: ya aparece en la Biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="159"/>
        <source>The routine editor is not available: it could not start.</source>
        <translation>El editor de rutinas no está disponible: no se pudo iniciar.</translation>
    </message>
</context>
<context>
    <name>RoutinePreview</name>
    <message>
        <location filename="../ui/library/preview.py" line="139"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="140"/>
        <location filename="../ui/library/preview.py" line="219"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="160"/>
        <source>Problems (fix the file, or open it in the editor):</source>
        <translation>Problemas (corrige el archivo o ábrelo en el editor):</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="164"/>
        <source>The intervals of the routine</source>
        <translation>Los intervalos de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="167"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="171"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="172"/>
        <source>Level, time and source</source>
        <translation>Nivel, tiempo y origen</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="173"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="174"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="181"/>
        <source>Steps of the routine</source>
        <translation>Pasos de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="217"/>
        <source>Duplicate and edit</source>
        <translation>Duplicar y editar</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="222"/>
        <source>No routine selected</source>
        <translation>Ninguna rutina seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Shipped with barretimer</source>
        <translation>Incluida con barretimer</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="238"/>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="248"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation>Esta rutina tiene problemas y aún no se puede reproducir.</translation>
    </message>
</context>
<context>
    <name>RoutineTableModel</name>
    <message>
        <location filename="../ui/library/model.py" line="102"/>
        <source>Routine</source>
        <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="103"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="104"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="105"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="106"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="141"/>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Shipped</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Yours</source>
        <translation>Tuya</translation>
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
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="41"/>
        <source>Holds, balance, stretches and move sets are made longer or shorter</source>
        <translation>Los sostenidos, el equilibrio, los estiramientos y las series de movimiento se alargan o se acortan</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="43"/>
        <source>&amp;Scale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="47"/>
        <source>What the scale changes</source>
        <translation>Qué cambia la escala</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="69"/>
        <source>{pct} (suggested)</source>
        <translation>{pct} (sugerida)</translation>
    </message>
</context>
<context>
    <name>SecondsField</name>
    <message>
        <location filename="../ui/editor/fields.py" line="110"/>
        <source>give seconds (45), minutes and seconds (1:30) or minutes (2m)</source>
        <translation>escribe segundos (45), minutos y segundos (1:30) o minutos (2m)</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="112"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation>escribe segundos (45), minutos y segundos (1:30) o max</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="114"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation>escribe segundos (45) o minutos y segundos (1:30), o déjalo vacío</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="116"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation>{field}: &quot;{text}&quot; no es una duración; {hint}</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="58"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="59"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="62"/>
        <source>Time done of planned</source>
        <translation>Tiempo hecho del previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="64"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="66"/>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="67"/>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="68"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="69"/>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="70"/>
        <source>Intervals:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="126"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} de {intervals} hechos, {skipped} saltados</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>Steps of this session</source>
        <translation>Pasos de esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="92"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="97"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="103"/>
        <source>Save effort and notes</source>
        <translation>Guardar esfuerzo y notas</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="105"/>
        <source>&amp;Delete session…</source>
        <translation>E&amp;liminar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="107"/>
        <source>Delete this session</source>
        <translation>Eliminar esta sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="109"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>This session is no longer in the history.</source>
        <translation>Esta sesión ya no está en el historial.</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="121"/>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="132"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation>; apoyos: izquierdo {left}, derecho {right}</translation>
    </message>
</context>
<context>
    <name>SessionEditing</name>
    <message>
        <location filename="../ui/history/editing.py" line="93"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location filename="../ui/history/editing.py" line="95"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation>¿Eliminar la sesión de {routine} del {when}? Puedes deshacerlo hasta que cierres barretimer.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <location filename="../ui/history/filters.py" line="37"/>
        <source>Show sessions of routine</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation>Mostrar sesiones de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="44"/>
        <source>Show sessions with status</source>
        <translation>Mostrar sesiones con el estado</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="45"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="48"/>
        <source>Sessions from date</source>
        <translation>Sesiones desde la fecha</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="49"/>
        <source>Sessions up to date</source>
        <translation>Sesiones hasta la fecha</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="51"/>
        <location filename="../ui/history/filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="54"/>
        <source>C&amp;lear filters</source>
        <translation>Lim&amp;piar filtros</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="55"/>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="68"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="71"/>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="86"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="97"/>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <location filename="../ui/history/sessions_table.py" line="24"/>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <location filename="../ui/history/sessions_table.py" line="44"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation>El nuevo idioma se aplica al reiniciar barretimer.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74"/>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation>Pitido al inicio de cada paso y en la cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Lower their volume to</source>
        <translation>Bajar su volumen al</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Pause them</source>
        <translation>Pausarla</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Leave them alone</source>
        <translation>No tocarla</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Their volume while a cue is spoken</source>
        <translation>Su volumen mientras se dice una indicación</translation>
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
        <translation>Como en la rutina</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation>Decir lo que viene (&quot;Luego: ...&quot;) en los descansos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation>Decir &quot;mitad&quot; en los sostenidos largos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Describe an exercise you have not done before in the rest before it</source>
        <translation>Describir en el descanso previo un ejercicio que aún no has hecho</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Keep exercise figures still (reduce motion)</source>
        <translation>Figuras de los ejercicios quietas (reducir el movimiento)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source> sessions a week</source>
        <translation> sesiones por semana</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="156"/>
        <source>&amp;Rate</source>
        <translation>Ve&amp;locidad</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>V&amp;olume</source>
        <translation>Vol&amp;umen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>&amp;Lead-in</source>
        <translation>&amp;Preparación</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>&amp;Weekly target</source>
        <translation>&amp;Objetivo semanal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Other players&apos; music under a cue</source>
        <translation>Música de otros reproductores durante una indicación</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="95"/>
        <source>The intervals of the routine</source>
        <translation>Los intervalos de la rutina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="79"/>
        <location filename="../ui/player/start_panel.py" line="111"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="122"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation>Esta rutina no se puede reproducir hasta que se corrijan estos problemas:</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="126"/>
        <source>Problems in the routine</source>
        <translation>Problemas en la rutina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="74"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="75"/>
        <source>Level, total time and steps</source>
        <translation>Nivel, tiempo total y pasos</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="76"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <source>Kinds of interval</source>
        <translation>Tipos de intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="78"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="252"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation>{total} ({scaled} al {pct})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="259"/>
        <source>{steps}, played as {intervals}</source>
        <translation>{steps}, reproducidos como {intervals}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="265"/>
        <source>Play at {pct}</source>
        <translation>Reproducir al {pct}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="280"/>
        <source>{problems} found</source>
        <translation>Hay {problems}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="296"/>
        <source>The routine could not be read.</source>
        <translation>No se pudo leer la rutina.</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <location filename="../ui/editor/step_commands.py" line="47"/>
        <source>New exercise</source>
        <translation>Ejercicio nuevo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="62"/>
        <location filename="../ui/editor/step_commands.py" line="72"/>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="92"/>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="102"/>
        <source>Add a repeat block</source>
        <translation>Añadir un bloque de repetición</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="110"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../ui/editor/step_form.py" line="72"/>
        <location filename="../ui/editor/step_form.py" line="248"/>
        <source>Picture...</source>
        <translation>Imagen...</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Show a picture of your own instead of the drawn figure</source>
        <translation>Mostrar una imagen propia en lugar de la figura dibujada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Picture of your own</source>
        <translation>Imagen propia</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="76"/>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="78"/>
        <source>Where the exercise comes from</source>
        <translation>De dónde viene el ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="80"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="88"/>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="91"/>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="93"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="58"/>
        <source>Cue said at the start</source>
        <extracomment>The folder the step&apos;s own picture is written from (the editor gives its routine&apos;s).</extracomment>
        <translation>Indicación al empezar</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="59"/>
        <source>Hear it</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="139"/>
        <source>Add cue</source>
        <translation>Añadir indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="142"/>
        <source>Remove cue</source>
        <translation>Quitar indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="154"/>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="176"/>
        <source>Cue</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="60"/>
        <source>Hear the cue</source>
        <translation>Escuchar la indicación</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="106"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="128"/>
        <source>Timed cues</source>
        <translation>Indicaciones programadas</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <source>Add a timed cue</source>
        <translation>Añadir una indicación programada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="143"/>
        <source>Remove the selected timed cue</source>
        <translation>Quitar la indicación programada seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Rest after this step</source>
        <translation>Descanso después de este paso</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="66"/>
        <source>Timed cue problem</source>
        <translation>Problema en una indicación programada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="152"/>
        <source>E&amp;xercise</source>
        <translation>E&amp;jercicio</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="161"/>
        <source>S&amp;ides</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="165"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="172"/>
        <source>D&amp;uration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="177"/>
        <source>&amp;Muscles</source>
        <translation>Mú&amp;sculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="186"/>
        <source>&amp;Timed cues</source>
        <translation>&amp;Indicaciones programadas</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="188"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="229"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation>Del catálogo de ejercicios ({id}); los campos que cambies lo sustituyen.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="234"/>
        <source>An exercise of your own.</source>
        <translation>Un ejercicio propio.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="250"/>
        <source>default ({rest})</source>
        <translation>predeterminado ({rest})</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Step</source>
        <extracomment>The figure beside each step of the preview (pixels).</extracomment>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>StepsPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="67"/>
        <source>Routine</source>
        <extracomment>How many letters&apos; room a step&apos;s name keeps in a compact window.</extracomment>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add from &amp;catalog…</source>
        <translation>Añadir del &amp;catálogo…</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Añadir un paso del catálogo de ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add &amp;blank step</source>
        <translation>Añadir paso en &amp;blanco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add a blank step</source>
        <translation>Añadir un paso en blanco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add re&amp;peat block</source>
        <translation>Añadir bloque de re&amp;petición</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add a repeat block</source>
        <translation>Añadir un bloque de repetición</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate the selected item</source>
        <translation>Duplicar el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="84"/>
        <source>Ctrl+D in the steps</source>
        <translation>Ctrl+D en los pasos</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="85"/>
        <source>Delete key in the steps</source>
        <translation>Tecla Supr en los pasos</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="86"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Arriba; junto a un bloque de repetición, entra o sale de él</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="88"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Abajo; junto a un bloque de repetición, entra o sale de él</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="100"/>
        <location filename="../ui/editor/panes.py" line="113"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="21"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="23"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="31"/>
        <source>First time with this routine: play it as written, and rate how hard it felt.</source>
        <translation>Primera vez con esta rutina: hazla tal como está escrita y valora después cuánto te costó.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="34"/>
        <source>You have not completed this routine yet: play it as written.</source>
        <translation>Aún no has completado esta rutina: hazla tal como está escrita.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="37"/>
        <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
        <translation>Primera vez con esta rutina avanzada: empieza con el {scale} del trabajo y ve subiendo.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="41"/>
        <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
        <translation>Primera vez con esta rutina intermedia: empieza con el {scale} del trabajo y ve subiendo.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="45"/>
        <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
        <translation>Aún no has completado esta rutina avanzada: empieza con el {scale} del trabajo y ve subiendo.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
        <translation>Aún no has completado esta rutina intermedia: empieza con el {scale} del trabajo y ve subiendo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="59"/>
        <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
        <translation>
            <numerusform>Ha pasado %n semana desde que completaste esta rutina por última vez: baja al {scale} y vuelve a subir poco a poco.</numerusform>
            <numerusform>Han pasado %n semanas desde que completaste esta rutina por última vez: baja al {scale} y vuelve a subir poco a poco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
        <translation>
            <numerusform>Ha pasado %n semana desde que completaste esta rutina por última vez: empieza de nuevo con el {scale} y ve subiendo.</numerusform>
            <numerusform>Han pasado %n semanas desde que completaste esta rutina por última vez: empieza de nuevo con el {scale} y ve subiendo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="75"/>
        <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
        <translation>
            <numerusform>Nada completado en %n día: quédate esta vez en el {scale}.</numerusform>
            <numerusform>Nada completado en %n días: quédate esta vez en el {scale}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="84"/>
        <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
        <translation>Tu última sesión al {other} no se terminó: quédate en el {scale} hasta completarla.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
        <translation>Tu última sesión te costó ({effort}/10): quédate en el {scale} hasta que te resulte más fácil.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="91"/>
        <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
        <translation>Quédate en el {scale}. Valora al terminar cada sesión cuánto te costó (de 1 a 10): con dos fáciles ({effort} o menos) se te ofrecerá más.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="95"/>
        <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
        <translation>Quédate en el {scale}: complétala una vez más con esfuerzo {effort} o menos en tres semanas para subir.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="99"/>
        <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
        <translation>Tus dos últimas sesiones te resultaron fáciles: prueba con el {scale} (no más de un 10% por encima de hace una semana).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="102"/>
        <source>{other} was too much {when}: try {scale} first.</source>
        <translation>El {other} fue demasiado {when}: prueba antes con el {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="103"/>
        <source>{other} was too much {when}: stay at {scale} for now.</source>
        <translation>El {other} fue demasiado {when}: quédate por ahora en el {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="104"/>
        <source>You are at this routine&apos;s maximum of {other}: stay there.</source>
        <translation>Estás en el máximo de esta rutina, el {other}: quédate ahí.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="105"/>
        <source>You added 10% this week already: stay at {scale} for now.</source>
        <translation>Ya subiste un 10% esta semana: quédate por ahora en el {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="106"/>
        <source>This routine goes up to {other}: play it at {scale}.</source>
        <translation>Esta rutina llega hasta el {other}: hazla al {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="107"/>
        <source>A week ago you were at {other}: no more than {scale} this week.</source>
        <translation>Hace una semana estabas en el {other}: esta semana, no más del {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="108"/>
        <source>Your plan sets this session at {scale}.</source>
        <translation>Tu plan fija esta sesión en el {scale}.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>Workout summary</source>
        <translation>Resumen del entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="110"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="111"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="113"/>
        <source>Time done of planned</source>
        <translation>Tiempo hecho del previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="116"/>
        <source>Steps done and skipped</source>
        <translation>Pasos hechos y saltados</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Touchdowns per side</source>
        <translation>Apoyos por lado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="124"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation>¿Qué tal ha ido? ¿Algo que recordar para la próxima vez?</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="129"/>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="130"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="132"/>
        <source>Intervals:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="142"/>
        <source>New personal bests</source>
        <translation>Nuevas marcas personales</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="150"/>
        <source>{exercise}: {time} (your best was {before})</source>
        <translation>{exercise}: {time} (tu mejor marca era {before})</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="156"/>
        <source>{exercise}: {time} (the first one)</source>
        <translation>{exercise}: {time} (la primera)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="162"/>
        <source>New best:</source>
        <translation>Nueva marca:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="195"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} de {intervals} hechos, {skipped} saltados</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="133"/>
        <source>Touchdowns:</source>
        <translation>Apoyos:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="168"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="170"/>
        <source>Save effort and notes</source>
        <translation>Guardar esfuerzo y notas</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="171"/>
        <source>Skip without saving</source>
        <translation>Omitir sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="98"/>
        <source>This session is no longer in the history.</source>
        <translation>Esta sesión ya no está en el historial.</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="182"/>
        <source>Workout complete</source>
        <translation>Entrenamiento completado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="183"/>
        <source>Workout stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="185"/>
        <source>Workout interrupted</source>
        <translation>Entrenamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="190"/>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="202"/>
        <source>Left {left}, right {right}</source>
        <translation>Izquierdo {left}, derecho {right}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="233"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="234"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation>No se pudieron guardar el esfuerzo y las notas en el historial ({error}).</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="113"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="115"/>
        <source>Number of steps</source>
        <translation>Número de pasos</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="117"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="119"/>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Time per kind</source>
        <translation>Tiempo por tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="123"/>
        <location filename="../ui/editor/panels.py" line="134"/>
        <source>Time per muscle group</source>
        <translation>Tiempo por grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="125"/>
        <source>Muscles without a stretch</source>
        <translation>Músculos sin estiramiento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="155"/>
        <location filename="../ui/editor/panels.py" line="190"/>
        <source>Total: {time}</source>
        <translation>Total: {time}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="157"/>
        <source>{written}, played as {played}</source>
        <translation>{written}, reproducidos como {played}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="146"/>
        <location filename="../ui/editor/panels.py" line="179"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="194"/>
        <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
        <translation>{written} pasos escritos; las repeticiones suman más de {count} pasos que reproducir, demasiados para las tablas de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="205"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation>⚠ Trabajados pero nunca estirados: {muscles}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="209"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation>✓ Sin estirar aquí, a propósito: {muscles}. {why}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="214"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation>✓ Cada grupo muscular trabajado tiene su estiramiento.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="215"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation>Marca los músculos de cada paso para ver adónde va el trabajo.</translation>
    </message>
</context>
<context>
    <name>TextFixPane</name>
    <message>
        <location filename="../ui/editor/text_mode.py" line="45"/>
        <source>Routine file text</source>
        <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. &quot;Save text as it is&quot; was chosen: ``text``.</extracomment>
        <translation>Texto del archivo de rutina</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="49"/>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="53"/>
        <location filename="../ui/editor/text_mode.py" line="54"/>
        <source>Save the text as it is</source>
        <translation>Guardar el texto tal como está</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="79"/>
        <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
        <translation>{file} no se puede mostrar en los formularios: tiene problemas, listados abajo y marcados en el texto. Corrígelos aquí; en cuanto el archivo se lea sin problemas, vuelven los formularios.</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="112"/>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../ui/player/totals.py" line="41"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation>Llevas {elapsed}  ·  Quedan {left}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="45"/>
        <source>Current streak in weeks</source>
        <translation>Racha actual en semanas</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>What the streak counts</source>
        <translation>Qué cuenta la racha</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="53"/>
        <source>This week so far</source>
        <translation>Esta semana hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes per week by kind</source>
        <translation>Minutos por semana según el tipo</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="77"/>
        <source>Completed sessions per week</source>
        <translation>Sesiones completadas por semana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="78"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="83"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation>Ejercicios de equilibrio: segundos por semana, izquierdo y derecho</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="84"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="186"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="188"/>
        <source>No training in these weeks yet.</source>
        <translation>Aún no hay entrenamiento en estas semanas.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="200"/>
        <source>Completed sessions</source>
        <translation>Sesiones completadas</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="205"/>
        <source>Target: {n} a week</source>
        <translation>Objetivo: {n} por semana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation>Aún no hay sesiones completadas en estas semanas.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="219"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="221"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="224"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="225"/>
        <source>No balance drills on both sides yet.</source>
        <translation>Aún no hay ejercicios de equilibrio en ambos lados.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="168"/>
        <source>This week: {done} of {target} so far</source>
        <translation>Esta semana: {done} de {target} hasta ahora</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../ui/window/files.py" line="30"/>
        <source>Open a routine</source>
        <translation>Abrir una rutina</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="32"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Rutinas (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="48"/>
        <source>Open a routine in the player first.</source>
        <translation>Abre primero una rutina en el reproductor.</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="54"/>
        <source>Export watch workout</source>
        <translation>Exportar entrenamiento para el reloj</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="56"/>
        <source>FIT workouts (*.fit)</source>
        <translation>Entrenamientos FIT (*.fit)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="65"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../ui/window/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <extracomment>A shortcut as QAction takes it: a platform&apos;s standard key, a key sequence or its text.</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="54"/>
        <source>&amp;About barretimer</source>
        <translation>&amp;Acerca de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="69"/>
        <source>&amp;Open routine...</source>
        <translation>&amp;Abrir rutina...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="75"/>
        <source>&amp;Settings...</source>
        <translation>A&amp;justes...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="89"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation>Entrenamiento para el &amp;reloj (FIT)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>Sheet to &amp;print (PDF)...</source>
        <translation>Hoja para &amp;imprimir (PDF)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Player</source>
        <translation>&amp;Reproductor</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="107"/>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="127"/>
        <source>About barretimer</source>
        <translation>Acerca de barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="129"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation>barretimer {version}

Un temporizador de entrenamientos guiados para barre, sostenidos isométricos, estiramientos y ejercicios de equilibrio, con indicaciones habladas y un historial local.

Tu carpeta de datos: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="139"/>
        <source>Space: pause or go on</source>
        <translation>Espacio: pausar o continuar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="140"/>
        <source>Right: skip   ·   Left: back</source>
        <translation>Derecha: saltar   ·   Izquierda: atrás</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="141"/>
        <source>+: ten seconds more</source>
        <translation>+: diez segundos más</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="142"/>
        <source>Enter: done (max holds)</source>
        <translation>Enter: terminado (sostenidos al máximo)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="143"/>
        <source>T: touchdown in a balance drill</source>
        <translation>T: apoyo en un ejercicio de equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="144"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation>M: silenciar la voz   ·   B: silenciar los pitidos</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="145"/>
        <source>Esc: stop (asks first)</source>
        <translation>Esc: detener (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="146"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation>F11: modo sala a pantalla completa   ·   Ctrl+Shift+M: vista mini</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="147"/>
        <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
        <translation>Ctrl+1 a Ctrl+5: Biblioteca, Reproductor, Editor, Historial, Ejercicios</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <location filename="../ui/window/preferences.py" line="83"/>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>No se ha encontrado ningún dispositivo de sonido, así que las indicaciones solo se muestran en pantalla.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="85"/>
        <source>Sound could not start, so cues are shown on screen only.</source>
        <translation>No se pudo iniciar el sonido, así que las indicaciones solo se muestran en pantalla.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="87"/>
        <source>Speech is not available, so cues are beeps and words on screen.</source>
        <translation>La voz no está disponible, así que las indicaciones son pitidos y texto en pantalla.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation>Algo ha fallado: {error}

La aplicación sigue funcionando. Los detalles se han escrito en {log}.</translation>
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
        <translation>Ejercicio</translation>
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
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="247"/>
        <location filename="../ui/editor/step_tree.py" line="161"/>
        <source>Sides</source>
        <translation>Lados</translation>
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
        <translation>bloque de repetición</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="198"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="203"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="98"/>
        <source>At (s)</source>
        <translation>En (s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="99"/>
        <source>Say</source>
        <translation>Decir</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="125"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation>&quot;{text}&quot; no es un tiempo: escribe segundos como 20, o -15 para contar hacia atrás desde el final</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="248"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="250"/>
        <source>Cue</source>
        <translation>Indicación</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="40"/>
        <location filename="../ui/history/summary.py" line="44"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>Effort from 1 to 10</source>
        <translation>Esfuerzo del 1 al 10</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="48"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Cuánto te ha costado: 1 muy fácil, 10 al máximo de lo que puedes</translation>
    </message>
</context>
<context>
    <name>equipment</name>
    <message>
        <location filename="../ui/labels.py" line="267"/>
        <source>barre or chair</source>
        <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but &quot;none&quot;.</extracomment>
        <translation>barra o silla</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="268"/>
        <source>band</source>
        <translation>banda elástica</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="269"/>
        <source>ball</source>
        <translation>pelota</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="270"/>
        <source>light weights</source>
        <translation>pesas ligeras</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="271"/>
        <source>cushion</source>
        <translation>cojín</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="272"/>
        <source>wall</source>
        <translation>pared</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="273"/>
        <source>step</source>
        <translation>escalón</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="274"/>
        <source>towel</source>
        <translation>toalla</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="33"/>
        <source>Week of {date}</source>
        <extracomment>A chart&apos;s text for each week, oldest first.</extracomment>
        <translation>Semana del {date}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation>No se pudo cambiar el historial ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation>Eliminar la sesión de {routine}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation>Editar esfuerzo y notas</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Done / planned</source>
        <translation>Hecho / previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="182"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="242"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="243"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="244"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="245"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="246"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="247"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="248"/>
        <location filename="../ui/history/models.py" line="266"/>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="249"/>
        <source>Touchdowns</source>
        <translation>Apoyos</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Hold</source>
        <translation>Isométrico</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Move</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>H</source>
        <comment>the letter of Hold on the strip</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>S</source>
        <comment>the letter of Stretch on the strip</comment>
        <translation>E</translation>
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
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="88"/>
        <source>R</source>
        <comment>the letter of Rest on the strip</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>Work</source>
        <extracomment>The quick timer&apos;s exercise when the user names none (``core.quick``): recorded in English.</extracomment>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Max hold</source>
        <translation>Sostenido al máximo</translation>
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
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="117"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>LEFT</source>
        <translation>IZQUIERDO</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>RIGHT</source>
        <translation>DERECHO</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>Stand on your left leg.</source>
        <translation>Apóyate en la pierna izquierda.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Stand on your right leg.</source>
        <translation>Apóyate en la pierna derecha.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Your left leg works; stand on the right.</source>
        <translation>Trabaja la pierna izquierda; apóyate en la derecha.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Your right leg works; stand on the left.</source>
        <translation>Trabaja la pierna derecha; apóyate en la izquierda.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>left, then right</source>
        <translation>izquierdo y luego derecho</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="181"/>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="182"/>
        <source>max {cap}</source>
        <translation>máx. {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="196"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Repeat ×{count}</source>
        <translation>Repetir ×{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="302"/>
        <source>holds, balance and stretches {change}</source>
        <translation>sostenidos, equilibrio y estiramientos {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="308"/>
        <source>moves {change} (sets up to {cap})</source>
        <translation>movimientos {change} (series hasta {cap})</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="310"/>
        <source>moves {change}</source>
        <translation>movimientos {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="314"/>
        <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
        <translation>Al {scale} nada crece en esta rutina: sus pasos no tienen duración fija.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="317"/>
        <source>At {scale}: {changes}.</source>
        <translation>Al {scale}: {changes}.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="329"/>
        <source>at 100%: as written</source>
        <translation>al 100%: tal como está escrita</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="332"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
        <translation>al {scale}: isométricos, equilibrio, estiramientos y series de movimiento un {change}% más largos, series de hasta {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="338"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
        <translation>al {scale}: isométricos, equilibrio, estiramientos y series de movimiento un {change}% más cortos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="226"/>
        <source>{weeks} with at least {sessions} completed</source>
        <translation>{weeks} con al menos {sessions} completadas</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <location filename="../ui/labels.py" line="244"/>
        <source>glutes</source>
        <extracomment>Every muscle group the core knows (``core.model.MUSCLES``), written out so lupdate finds them.</extracomment>
        <translation>glúteos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="245"/>
        <source>glute medius</source>
        <translation>glúteo medio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="246"/>
        <source>hip rotators</source>
        <translation>rotadores de cadera</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="247"/>
        <source>hip flexors</source>
        <translation>flexores de cadera</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="248"/>
        <source>adductors</source>
        <translation>aductores</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="249"/>
        <source>quads</source>
        <translation>cuádriceps</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="250"/>
        <source>hamstrings</source>
        <translation>isquiotibiales</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="251"/>
        <source>calves</source>
        <translation>pantorrillas</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="252"/>
        <source>tibialis</source>
        <translation>tibial anterior</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="253"/>
        <source>peroneals</source>
        <translation>peroneos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="254"/>
        <source>feet</source>
        <translation>pies</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="255"/>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="256"/>
        <source>obliques</source>
        <translation>oblicuos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="257"/>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>arms</source>
        <translation>brazos</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/history/importing.py" line="42"/>
        <source>Importing {file}...</source>
        <extracomment>Steps of the progress bar.</extracomment>
        <translation>Importando {file}...</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/history/importing.py" line="48"/>
        <source>Import history</source>
        <translation>Importar historial</translation>
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
        <translation>de {time}</translation>
    </message>
</context>
<context>
    <name>problem_words</name>
    <message>
        <location filename="../ui/editor/problem_words.py" line="18"/>
        <source>The routine needs a name.</source>
        <extracomment>Rules said the same whatever the numbers.</extracomment>
        <translation>La rutina necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="19"/>
        <source>The routine has no steps yet: add one.</source>
        <translation>La rutina aún no tiene pasos: añade uno.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="20"/>
        <source>This repeat block has no steps yet.</source>
        <translation>Este bloque de repetición aún no tiene pasos.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="21"/>
        <source>The step needs an exercise name.</source>
        <translation>El paso necesita el nombre de un ejercicio.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="23"/>
        <source>A cap only goes with a &quot;max&quot; step, one held as long as you can.</source>
        <translation>Un límite solo va con un paso «máx.», uno que se sostiene tanto como puedas.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="48"/>
        <source>rest between steps</source>
        <translation>descanso entre pasos</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="49"/>
        <source>lead-in</source>
        <translation>preparación</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="50"/>
        <source>time to switch sides</source>
        <translation>tiempo para cambiar de lado</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="59"/>
        <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
        <translation>Esta indicación está a {at} s del inicio, pero el paso solo dura {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="64"/>
        <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
        <translation>Esta indicación está a {at} s del final, pero el paso solo dura {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="71"/>
        <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
        <translation>La indicación programada {number} cuenta desde el final, pero un paso máx. no tiene un final fijo: dale un tiempo desde el inicio (0 o más).</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="77"/>
        <source>Timed cue {number} has nothing to say.</source>
        <translation>La indicación programada {number} no tiene nada que decir.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="87"/>
        <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
        <translation>El valor de {what} debe estar entre 0 y 600 s; es {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="91"/>
        <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
        <translation>La cuenta regresiva debe durar de 0 a 10 s; dura {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="95"/>
        <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
        <translation>La escala máxima debe estar entre 1,0 y 3,0; es {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="99"/>
        <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
        <translation>Un bloque se repite de 1 a {limit} veces; este dice {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="103"/>
        <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
        <translation>Un descanso debe durar de 0 a 600 s; este dura {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="107"/>
        <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
        <translation>Un paso dura más de 0 s y como mucho 4 horas; este dice {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="112"/>
        <source>The cap must be more than 0 s; it is {value} s.</source>
        <translation>El límite debe ser mayor que 0 s; es {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="121"/>
        <source>There is no muscle group called &quot;{muscle}&quot;.</source>
        <translation>No hay ningún grupo muscular llamado «{muscle}».</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="125"/>
        <source>A step can have at most {limit} timed cues; this one has {count}.</source>
        <translation>Un paso puede tener como mucho {limit} indicaciones programadas; este tiene {count}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="129"/>
        <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
        <translation>Con sus repeticiones, la rutina reproduciría {count} pasos; como mucho se pueden {limit}.</translation>
    </message>
</context>
<context>
    <name>spin</name>
    <message>
        <location filename="../ui/history/summary.py" line="61"/>
        <source>1 = very easy, 10 = as hard as you can go</source>
        <translation>1 = muy fácil, 10 = al máximo de lo que puedes</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Esfuerzo:</translation>
    </message>
</context>
</TS>
