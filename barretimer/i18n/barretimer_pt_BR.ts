<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/picture_choice.py" line="22"/>
        <source>Choose a picture</source>
        <translation>Escolher uma imagem</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="24"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/picture_choice.py" line="31"/>
        <source>Cannot use this picture</source>
        <translation>Não foi possível usar esta imagem</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="63"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="128"/>
        <source>Equipment: {items}</source>
        <translation>Equipamento: {items}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="129"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="214"/>
        <location filename="../ui/print_sheet.py" line="240"/>
        <source>cannot write {file}</source>
        <translation>não foi possível gravar {file}</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="271"/>
        <source>Open a routine in the player first.</source>
        <translation>Abra antes uma rotina no reprodutor.</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="276"/>
        <source>Export a sheet to print</source>
        <translation>Exportar uma ficha para imprimir</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/print_sheet.py" line="288"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
    </message>
</context>
<context>
    <name>BestsModel</name>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Best hold</source>
        <translation>Melhor tempo</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Set on</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="42"/>
        <source>Holds</source>
        <translation>Isometrias</translation>
    </message>
</context>
<context>
    <name>BestsView</name>
    <message>
        <location filename="../ui/history/bests.py" line="70"/>
        <source>Personal bests</source>
        <translation>Recordes pessoais</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="82"/>
        <source>No max holds yet. A step with duration: max counts up until you press Enter; the longest hold of each exercise shows here.</source>
        <translation>Ainda não há isometrias até o limite. Um passo com duração max conta para cima até você apertar Enter; o maior tempo de cada exercício aparece aqui.</translation>
    </message>
    <message>
        <location filename="../ui/history/bests.py" line="88"/>
        <source>The longest you held each max hold (steps that count up).</source>
        <translation>O maior tempo que você sustentou cada isometria até o limite (passos que contam para cima).</translation>
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
        <translation>Nome do bloco</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="228"/>
        <source>optional, e.g. Seat circuit</source>
        <translation>opcional, p. ex. Circuito de glúteos</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="229"/>
        <source>Rest between rounds</source>
        <translation>Descanso entre rodadas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="233"/>
        <source>Drag steps into or out of the block, or use Move up and Move down next to it.</source>
        <translation>Arraste passos para dentro ou para fora do bloco, ou use Mover para cima e Mover para baixo ao lado dele.</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="240"/>
        <source>Repea&amp;t</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="241"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="242"/>
        <source>Rest between ro&amp;unds</source>
        <translation>Descan&amp;so entre rodadas</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="257"/>
        <source>default ({rest})</source>
        <translation>padrão ({rest})</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../ui/editor/picker.py" line="56"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Adicionar um passo do catálogo de exercícios</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="63"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="78"/>
        <source>Search the catalog</source>
        <translation>Buscar no catálogo</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="79"/>
        <source>Search by name, kind, muscle or cue</source>
        <translation>Busque por nome, tipo, músculo ou dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="85"/>
        <source>About the exercise</source>
        <translation>Sobre o exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="92"/>
        <source>&amp;Add step</source>
        <translation>&amp;Adicionar passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="100"/>
        <source>Exercise figure</source>
        <translation>Figura do exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="127"/>
        <source>No exercise matches the search.</source>
        <translation>Nenhum exercício corresponde à busca.</translation>
    </message>
    <message>
        <location filename="../ui/editor/picker.py" line="131"/>
        <source>Safety: {text}</source>
        <translation>Segurança: {text}</translation>
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
        <translation>Nada para mostrar ainda.</translation>
    </message>
</context>
<context>
    <name>ChecksPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="240"/>
        <source>Summary</source>
        <translation>Resumo</translation>
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
        <translation>Situação do salvamento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="272"/>
        <source>✓ No problems: the routine can be saved.</source>
        <translation>✓ Nenhum problema: a rotina pode ser salva.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="275"/>
        <source>⚠ Cannot save yet: {problem}</source>
        <translation>⚠ Ainda não dá para salvar: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="277"/>
        <source>(and {count} more)</source>
        <translation>(e mais {count})</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/player/ring.py" line="77"/>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="37"/>
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln rodada</numerusform>
            <numerusform>%Ln rodadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="40"/>
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln passo</numerusform>
            <numerusform>%Ln passos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labels.py" line="43"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
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
            <numerusform>vezes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../ui/editor/page.py" line="105"/>
        <source>Routine being edited</source>
        <extracomment>&quot;Try it&quot;: play ``routine`` from ``step_path`` (None: from the start). The routine was written to this path (a ``Path``). True when there are changes not yet saved. The text for a window title: the routine&apos;s name, with &quot; *&quot; when not saved.</extracomment>
        <translation>Rotina em edição</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="107"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="279"/>
        <source>Not saved yet: Save writes it to {folder}</source>
        <translation>Ainda não salva: Salvar grava em {folder}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="171"/>
        <source>My routine</source>
        <translation>Minha rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="268"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="284"/>
        <source>Not saved yet</source>
        <translation>Ainda não salva</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="286"/>
        <source>File: {path}</source>
        <translation>Arquivo: {path}</translation>
    </message>
    <message>
        <location filename="../ui/editor/page.py" line="287"/>
        <source>{title} – barretimer editor</source>
        <translation>{title} – editor do barretimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="56"/>
        <source>line {line}: {message}</source>
        <translation>linha {line}: {message}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="65"/>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="43"/>
        <source>Save routine as</source>
        <translation>Salvar rotina como</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="19"/>
        <source>Routines (*.yaml *.yml)</source>
        <extracomment>How many problems a message lists before &quot;and N more&quot;.</extracomment>
        <translation>Rotinas (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="23"/>
        <source>Open routine</source>
        <translation>Abrir rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="29"/>
        <source>Import routine</source>
        <translation>Importar rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="30"/>
        <source>Routines and other timers&apos; workouts (*.yaml *.yml *.json *.feeel)</source>
        <translation>Rotinas e treinos de outros timers (*.yaml *.yml *.json *.feeel)</translation>
    </message>
    <message>
        <location filename="../ui/editor/file_dialogs.py" line="37"/>
        <source>Export routine</source>
        <translation>Exportar rotina</translation>
    </message>
</context>
<context>
    <name>EditorToolbar</name>
    <message>
        <location filename="../ui/editor/toolbar.py" line="38"/>
        <source>Editor actions</source>
        <translation>Ações do editor</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
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
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="86"/>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="95"/>
        <source>&amp;Try it</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <location filename="../ui/editor/toolbar.py" line="97"/>
        <source>Play the routine from the selected step (Ctrl+Enter)</source>
        <translation>Iniciar a rotina a partir do passo selecionado (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>EndPanel</name>
    <message>
        <location filename="../ui/player/end_panel.py" line="34"/>
        <source>Workout ended</source>
        <translation>Treino encerrado</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="35"/>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="36"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="37"/>
        <source>Play again</source>
        <translation>Repetir treino</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Well done!</source>
        <translation>Muito bem!</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="83"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="85"/>
        <source>{name}: {done} of {planned}, {steps} of {intervals} done, {skipped} skipped.</source>
        <translation>{name}: {done} de {planned}, {steps} de {intervals} feitos, {skipped} pulados.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="96"/>
        <source>Touchdowns: left {left}, right {right}.</source>
        <translation>Apoios no chão: esquerdo {left}, direito {right}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="100"/>
        <source>New personal best: {exercise}, {time}.</source>
        <translation>Novo recorde pessoal: {exercise}, {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="104"/>
        <source>This try was not saved in the history.</source>
        <translation>Este teste não foi salvo no histórico.</translation>
    </message>
    <message>
        <location filename="../ui/player/end_panel.py" line="106"/>
        <source>Saved in your history.</source>
        <translation>Salvo no seu histórico.</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../ui/exercises/detail.py" line="62"/>
        <source>Used in</source>
        <extracomment>What a &quot;used in&quot; line opens: a routine&apos;s path, or None for a plan (shown in the Library).</extracomment>
        <translation>Usado em</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="68"/>
        <source>Routines and plans that use this exercise</source>
        <translation>Rotinas e planos que usam este exercício</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="70"/>
        <location filename="../ui/exercises/detail.py" line="72"/>
        <source>Add to a routine</source>
        <translation>Adicionar a uma rotina</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="71"/>
        <source>Open the editor with this exercise added</source>
        <translation>Abrir o editor com este exercício adicionado</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="114"/>
        <source>Safety: {line}</source>
        <translation>Segurança: {line}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="119"/>
        <source>Equipment: {items}</source>
        <translation>Equipamento: {items}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="120"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="125"/>
        <source>Routine: {name}</source>
        <translation>Rotina: {name}</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="130"/>
        <source>Plan: {plan} (in {routine})</source>
        <translation>Plano: {plan} (em {routine})</translation>
    </message>
    <message>
        <location filename="../ui/exercises/detail.py" line="137"/>
        <source>No routine uses it yet.</source>
        <translation>Nenhuma rotina usa este exercício ainda.</translation>
    </message>
</context>
<context>
    <name>ExerciseFilterBar</name>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="23"/>
        <location filename="../ui/exercises/filter_bar.py" line="24"/>
        <source>Search the exercises</source>
        <translation>Buscar nos exercícios</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Any muscle</source>
        <translation>Qualquer músculo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="27"/>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="30"/>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="32"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="35"/>
        <source>Any equipment</source>
        <translation>Qualquer equipamento</translation>
    </message>
    <message>
        <location filename="../ui/exercises/filter_bar.py" line="37"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
</context>
<context>
    <name>ExerciseNotes</name>
    <message>
        <location filename="../ui/exercise_notes.py" line="23"/>
        <source>Needs: {things}</source>
        <extracomment>How long after an interval changes the player&apos;s notes on the next exercise appear or go.</extracomment>
        <translation>Precisa de: {things}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="42"/>
        <source>What it needs</source>
        <translation>Do que precisa</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="43"/>
        <source>How it is done</source>
        <translation>Como se faz</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="44"/>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../ui/exercise_notes.py" line="95"/>
        <source>Safety: {line}</source>
        <translation>Segurança: {line}</translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../ui/exercises/model.py" line="56"/>
        <source>Exercise</source>
        <extracomment>The exercise behind a row (any column). The page imports one item&apos;s word under this name.</extracomment>
        <translation>Exercício</translation>
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
        <translation>Equipamento</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../ui/exercises/page.py" line="54"/>
        <location filename="../ui/exercises/page.py" line="86"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <location filename="../ui/exercises/page.py" line="149"/>
        <source>{shown} of {total} exercises</source>
        <translation>{shown} de {total} exercícios</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <location filename="../ui/editor/checks.py" line="34"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="36"/>
        <source>Step {position}</source>
        <translation>Passo {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/checks.py" line="39"/>
        <source>Block {position} ({title})</source>
        <translation>Bloco {position} ({title})</translation>
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
        <translation>Novo recorde! Seu recorde era {time}.</translation>
    </message>
    <message>
        <location filename="../ui/player/history_notes.py" line="99"/>
        <source>Your best: {time}</source>
        <translation>Seu recorde: {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/page.py" line="60"/>
        <source>History views</source>
        <translation>Visões do histórico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="61"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="63"/>
        <source>&amp;Trends</source>
        <translation>Tendê&amp;ncias</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="65"/>
        <source>Personal &amp;bests</source>
        <translation>Recordes &amp;pessoais</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="92"/>
        <source>&amp;Details…</source>
        <translation>Deta&amp;lhes…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="93"/>
        <source>Open the selected session</source>
        <translation>Abrir a sessão selecionada</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="94"/>
        <source>De&amp;lete…</source>
        <translation>Exclu&amp;ir…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="95"/>
        <source>Delete the selected session</source>
        <translation>Excluir a sessão selecionada</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>Desfa&amp;zer</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="103"/>
        <source>Undo the last change to the history</source>
        <translation>Desfazer a última alteração no histórico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="105"/>
        <source>E&amp;xport CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="106"/>
        <source>Export the history to a CSV file</source>
        <translation>Exportar o histórico para um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="107"/>
        <source>&amp;Import CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="108"/>
        <source>Import sessions from a CSV file</source>
        <translation>Importar sessões de um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="111"/>
        <source>Number of sessions shown</source>
        <translation>Número de sessões mostradas</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="114"/>
        <source>Sort sessions by</source>
        <translation>Ordenar sessões por</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="117"/>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="118"/>
        <source>Oldest first</source>
        <translation>Mais antigas primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="119"/>
        <source>Routine A to Z</source>
        <translation>Rotina de A a Z</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="120"/>
        <source>Longest first</source>
        <translation>Mais longas primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="121"/>
        <source>Shortest first</source>
        <translation>Mais curtas primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="122"/>
        <source>Hardest first</source>
        <translation>Mais difíceis primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="123"/>
        <source>Easiest first</source>
        <translation>Mais fáceis primeiro</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="126"/>
        <source>Sor&amp;t:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="287"/>
        <source>Wrote {sessions} to {file}, and their steps to {steps}.</source>
        <translation>{sessions} gravadas em {file}, e os passos delas em {steps}.</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="209"/>
        <source>1 session matches</source>
        <translation>1 sessão encontrada</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="211"/>
        <source>{n} sessions match</source>
        <translation>{n} sessões encontradas</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="260"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="286"/>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="271"/>
        <location filename="../ui/history/page.py" line="295"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="279"/>
        <source>The history could not be written to {file}: {reason}</source>
        <translation>Não foi possível gravar o histórico em {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="295"/>
        <location filename="../ui/history/page.py" line="315"/>
        <source>Import history</source>
        <translation>Importar histórico</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="321"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Nada foi importado. {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="324"/>
        <source>Nothing was imported: {problem}</source>
        <translation>Nada foi importado: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/history/page.py" line="316"/>
        <source>Added {added} sessions; {skipped} were already in the history.</source>
        <translation>{added} sessões adicionadas; {skipped} já estavam no histórico.</translation>
    </message>
</context>
<context>
    <name>IntervalStrip</name>
    <message>
        <location filename="../ui/player/strip.py" line="165"/>
        <source>Workout progress</source>
        <extracomment>Narrower segments get no separator or outline: in a routine of thousands of intervals the separators alone would cover the whole strip in the window&apos;s colour.</extracomment>
        <translation>Progresso do treino</translation>
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
        <translation>Selecione um passo ou um bloco de repetição para editá-lo, ou adicione um com os botões abaixo dos passos.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="209"/>
        <source>Step {position}</source>
        <translation>Passo {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="213"/>
        <source>Repeat block {position}</source>
        <translation>Bloco de repetição {position}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="216"/>
        <source>Selected item</source>
        <translation>Item selecionado</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/library/page.py" line="116"/>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="86"/>
        <source>Quick timer…</source>
        <translation>Timer rápido…</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="88"/>
        <source>Rounds of work and rest, or one max hold, without writing a routine</source>
        <translation>Rodadas de trabalho e descanso, ou uma isometria até o limite, sem escrever uma rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/page.py" line="111"/>
        <source>Reading the routines...</source>
        <translation>Lendo as rotinas...</translation>
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
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>The history cannot be used: {problem}. Workouts play but are not saved.</source>
        <extracomment>Opens the history: the store, or None and the reason to show the user.</extracomment>
        <translation>O histórico não pode ser usado: {problem}. Os treinos funcionam, mas não são salvos.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>The history database was damaged; it was moved to {path} and a new one was started.</source>
        <translation>O banco de dados do histórico estava danificado; ele foi movido para {path} e um novo foi criado.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="121"/>
        <source>The routine editor could not start.</source>
        <translation>Não foi possível iniciar o editor de rotinas.</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="145"/>
        <source>The history cannot be opened (see the notice above).</source>
        <translation>Não foi possível abrir o histórico (veja o aviso acima).</translation>
    </message>
    <message>
        <location filename="../ui/window/pages.py" line="149"/>
        <source>The history view could not start.</source>
        <translation>Não foi possível iniciar a visão do histórico.</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../ui/player/mini_view.py" line="31"/>
        <source>barretimer mini view</source>
        <translation>Janela mini do barretimer</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="33"/>
        <source>Mini view</source>
        <translation>Janela mini</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="37"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="39"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="41"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="60"/>
        <source>Nothing playing</source>
        <translation>Nenhum treino em andamento</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="69"/>
        <source>Workout complete</source>
        <translation>Treino concluído</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="71"/>
        <source>Workout stopped</source>
        <translation>Treino parado</translation>
    </message>
    <message>
        <location filename="../ui/player/mini_view.py" line="95"/>
        <source>Paused</source>
        <translation>Pausado</translation>
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
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="25"/>
        <source>Dismiss the notice</source>
        <translation>Dispensar o aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="28"/>
        <source>Show the details of the notice</source>
        <translation>Mostrar os detalhes do aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="48"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/banner.py" line="77"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/remote/notify.py" line="59"/>
        <source>Workout done</source>
        <extracomment>How long the desktop shows a notification (-1: as the desktop likes).</extracomment>
        <translation>Treino concluído</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="60"/>
        <source>{routine}: {done}. Well done!</source>
        <translation>{routine}: {done}. Muito bem!</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="77"/>
        <source>{name}: as long as you can</source>
        <translation>{name}: o máximo que puder</translation>
    </message>
    <message>
        <location filename="../ui/remote/notify.py" line="78"/>
        <source>Say &quot;done&quot; with Next on your remote, or Enter in the window.</source>
        <translation>Diga &quot;concluído&quot; com Próximo no seu controle, ou Enter na janela.</translation>
    </message>
</context>
<context>
    <name>PaneSplitter</name>
    <message>
        <location filename="../ui/editor/arrangement.py" line="25"/>
        <source>Selected item and checks</source>
        <translation>Item selecionado e verificações</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="83"/>
        <source>Routine</source>
        <extracomment>The widths two and three panes need with roomy forms (kept while compact).</extracomment>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="84"/>
        <source>Selected item</source>
        <translation>Item selecionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/arrangement.py" line="85"/>
        <location filename="../ui/editor/arrangement.py" line="111"/>
        <source>Summary and problems</source>
        <translation>Resumo e problemas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/arrangement.py" line="109"/>
        <source>Summary and problems (%n)</source>
        <translation>
            <numerusform>Resumo e problemas (%n)</numerusform>
            <numerusform>Resumo e problemas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceList</name>
    <message>
        <location filename="../ui/window/places.py" line="41"/>
        <source>Places</source>
        <extracomment>Room around each place&apos;s name: across, then down (each side).</extracomment>
        <translation>Seções</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Player</source>
        <translation>Reprodutor</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="43"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/window/places.py" line="44"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.py" line="62"/>
        <source>Your plan</source>
        <translation>Seu plano</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="71"/>
        <source>What is next in your plan</source>
        <translation>O que vem a seguir no seu plano</translation>
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
        <translation>Planos</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="88"/>
        <source>Follow this plan</source>
        <translation>Seguir este plano</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="90"/>
        <source>Stop following</source>
        <translation>Deixar de seguir</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="155"/>
        <source>Follow a plan and this place will say what to play next each week.</source>
        <translation>Siga um plano e este espaço dirá o que fazer a cada semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="160"/>
        <source>{name} ({weeks} weeks)</source>
        <translation>{name} ({weeks} semanas)</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="167"/>
        <source>Your plan: {name}</source>
        <translation>Seu plano: {name}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="175"/>
        <source>Start {routine}</source>
        <translation>Começar {routine}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="185"/>
        <source>All {weeks} weeks done. Well done!</source>
        <translation>Todas as {weeks} semanas concluídas. Muito bem!</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="189"/>
        <source>{first}, then {last}</source>
        <translation>{first}, depois {last}</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="192"/>
        <source>Week {week} of {weeks}: {sessions}.</source>
        <translation>Semana {week} de {weeks}: {sessions}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="196"/>
        <source>All done this week; week {next} starts on {day}.</source>
        <translation>Tudo feito nesta semana; a semana {next} começa em {day}.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="200"/>
        <source>{done} of {count} done this week.</source>
        <translation>{done} de {count} feitas nesta semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="204"/>
        <source>A break of three weeks took the plan back a week.</source>
        <translation>Uma pausa de três semanas fez o plano voltar uma semana.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.py" line="237"/>
        <source>The plan could not be saved: {problem}</source>
        <translation>Não foi possível salvar o plano: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayView</name>
    <message>
        <location filename="../ui/player/view.py" line="95"/>
        <source>Exercise figure</source>
        <translation>Figura do exercício</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="47"/>
        <source>Round</source>
        <extracomment>Room mode&apos;s text sizes as shares of the screen&apos;s height (font pixel size): what reads from 3 m. The countdown&apos;s digits reach at least :data:`ROOM_DIGITS_SHARE`.</extracomment>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="48"/>
        <source>Workout time</source>
        <translation>Tempo de treino</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="49"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="50"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="51"/>
        <source>Cue</source>
        <translation>Dica</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="52"/>
        <source>Next up</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="53"/>
        <source>Touchdowns</source>
        <translation>Apoios no chão</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="156"/>
        <source>{side} side</source>
        <translation>LADO {side}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="163"/>
        <source>Press Enter when you are done.</source>
        <translation>Aperte Enter quando terminar.</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="169"/>
        <source>Next up: {name}</source>
        <translation>A seguir: {name}</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="171"/>
        <source>Last one!</source>
        <translation>Último!</translation>
    </message>
    <message>
        <location filename="../ui/player/view.py" line="177"/>
        <source>Touchdowns (T):  ◀ left {left}   ·   right {right} ▶</source>
        <translation>Apoios no chão (T):  ◀ esquerdo {left}   ·   direito {right} ▶</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <location filename="../ui/player/controls.py" line="130"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="43"/>
        <source>Pause or go on</source>
        <translation>Pausar ou continuar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="45"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="47"/>
        <source>Restart this interval, or go to the one before</source>
        <translation>Reiniciar este intervalo, ou ir para o anterior</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="50"/>
        <source>Skip to the next interval</source>
        <translation>Pular para o próximo intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="53"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="59"/>
        <source>Add 10 seconds to this interval</source>
        <translation>Adicionar 10 segundos a este intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="62"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="68"/>
        <source>Finish this max hold now</source>
        <translation>Encerrar agora esta isometria até o limite</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Touchdown</source>
        <translation>Pé no chão</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="71"/>
        <source>Count a touchdown on this side</source>
        <translation>Contar um apoio no chão deste lado</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <location filename="../ui/player/controls.py" line="140"/>
        <source>Voice on</source>
        <translation>Voz ligada</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="74"/>
        <source>Mute or unmute the voice</source>
        <translation>Silenciar ou ativar a voz</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <location filename="../ui/player/controls.py" line="148"/>
        <source>Beeps on</source>
        <translation>Bipes ligados</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="77"/>
        <source>Mute or unmute the beeps</source>
        <translation>Silenciar ou ativar os bipes</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="79"/>
        <source>Stop the workout</source>
        <translation>Parar o treino</translation>
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
        <translation>Sem voz</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="149"/>
        <source>Beeps muted</source>
        <translation>Bipes silenciados</translation>
    </message>
    <message>
        <location filename="../ui/player/controls.py" line="150"/>
        <source>No sound</source>
        <translation>Sem som</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../ui/player/page.py" line="235"/>
        <source>This routine has nothing to play.</source>
        <translation>Esta rotina não tem nada para executar.</translation>
    </message>
    <message>
        <location filename="../ui/player/page.py" line="268"/>
        <source>A workout is playing</source>
        <translation>Há um treino em andamento</translation>
    </message>
</context>
<context>
    <name>PlayerRun</name>
    <message>
        <location filename="../ui/player/run.py" line="72"/>
        <source>Trying it out: not saved in the history</source>
        <translation>Testando: não é salvo no histórico</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="78"/>
        <source>Paused after a break. Press Space to go on.</source>
        <translation>Pausado depois de uma interrupção. Aperte Espaço para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="80"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausado. Aperte Espaço para continuar.</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="134"/>
        <source>Stop the workout?</source>
        <translation>Parar o treino?</translation>
    </message>
    <message>
        <location filename="../ui/player/run.py" line="135"/>
        <source>Stop the workout now? What you have done so far is saved as stopped.</source>
        <translation>Parar o treino agora? O que você fez até aqui fica salvo como parado.</translation>
    </message>
</context>
<context>
    <name>QtSpeech</name>
    <message>
        <location filename="../ui/speech_qt.py" line="115"/>
        <source>Speech is off: it could not start ({error}).</source>
        <extracomment>How the speech client&apos;s reasons begin when nothing at all can be heard. Makes the real speaker at :meth:`start` (until then ``speaker`` is silent, and the settings and phrases it is given are kept for the real one). Every reason reported so far: speech can fail before a window listens.</extracomment>
        <translation>A voz está desligada: não foi possível iniciá-la ({error}).</translation>
    </message>
</context>
<context>
    <name>QuickTimerDialog</name>
    <message>
        <location filename="../ui/library/quick_timer.py" line="53"/>
        <source>Quick timer</source>
        <translation>Timer rápido</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="54"/>
        <source>&amp;Rounds of work and rest</source>
        <translation>&amp;Rodadas de trabalho e descanso</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="55"/>
        <source>One &amp;max hold, as long as you can</source>
        <translation>Uma &amp;isometria até o limite, o máximo que puder</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="59"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="60"/>
        <source>Work, seconds</source>
        <translation>Trabalho, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="61"/>
        <source>Rest, seconds</source>
        <translation>Descanso, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="65"/>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="66"/>
        <source>Stop by itself after, seconds</source>
        <translation>Parar sozinho depois de, segundos</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="67"/>
        <source>only when I say done</source>
        <translation>só quando eu disser concluído</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="71"/>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercício:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="72"/>
        <source>&amp;Work:</source>
        <translation>&amp;Trabalho:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="73"/>
        <source>R&amp;est:</source>
        <translation>&amp;Descanso:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="74"/>
        <source>R&amp;ounds:</source>
        <translation>R&amp;odadas:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="75"/>
        <source>Ca&amp;p:</source>
        <translation>Li&amp;mite:</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="78"/>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="81"/>
        <source>Save as routine</source>
        <translation>Salvar como rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="118"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}, {rest} rest</source>
        <translation>Timer rápido: {rounds} × {work} {exercise_lower}, {rest} de descanso</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="119"/>
        <source>Quick timer: {rounds} × {work} {exercise_lower}</source>
        <translation>Timer rápido: {rounds} × {work} {exercise_lower}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="120"/>
        <source>Quick max hold: {exercise}</source>
        <translation>Isometria rápida até o limite: {exercise}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="121"/>
        <source>Quick max hold: {exercise}, up to {cap}</source>
        <translation>Isometria rápida até o limite: {exercise}, até {cap}</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="122"/>
        <source>A quick timer: rounds of work and rest.</source>
        <translation>Um timer rápido: rodadas de trabalho e descanso.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="123"/>
        <source>A quick timer: one hold, as long as you can.</source>
        <translation>Um timer rápido: uma isometria, o máximo que você aguentar.</translation>
    </message>
    <message>
        <location filename="../ui/library/quick_timer.py" line="124"/>
        <source>quick timer</source>
        <translation>timer rápido</translation>
    </message>
</context>
<context>
    <name>ReadingStandIn</name>
    <message>
        <location filename="../ui/window/places.py" line="96"/>
        <source>Reading the routines...</source>
        <translation>Lendo as rotinas...</translation>
    </message>
</context>
<context>
    <name>RoomModes</name>
    <message>
        <location filename="../ui/window/room.py" line="31"/>
        <source>&amp;Fullscreen room mode</source>
        <translation>&amp;Tela cheia (modo sala)</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="35"/>
        <source>Leave room mode</source>
        <translation>Sair do modo sala</translation>
    </message>
    <message>
        <location filename="../ui/window/room.py" line="39"/>
        <source>&amp;Mini view</source>
        <translation>Janela &amp;mini</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <location filename="../ui/editor/editing.py" line="117"/>
        <source>Delete</source>
        <extracomment>Fields typed letter by letter: consecutive edits of one of them merge into one undo step.</extracomment>
        <translation>Excluir</translation>
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
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="146"/>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="147"/>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="148"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="149"/>
        <source>max scale</source>
        <translation>escala máxima</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="150"/>
        <source>default rest</source>
        <translation>descanso padrão</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="151"/>
        <source>lead-in</source>
        <translation>preparação</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="152"/>
        <source>switch time</source>
        <translation>tempo de troca</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="153"/>
        <source>countdown</source>
        <translation>contagem regressiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="154"/>
        <source>exercise name</source>
        <translation>nome do exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="155"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="156"/>
        <source>duration</source>
        <translation>duração</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="157"/>
        <source>cap</source>
        <translation>limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="158"/>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="159"/>
        <source>cue</source>
        <translation>dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="160"/>
        <source>muscles</source>
        <translation>músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="161"/>
        <source>timed cues</source>
        <translation>dicas com tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="162"/>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="163"/>
        <source>repeat</source>
        <translation>repetição</translation>
    </message>
    <message>
        <location filename="../ui/editor/editing.py" line="165"/>
        <source>Change {field}</source>
        <translation>Alterar {field}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <location filename="../ui/editor/files.py" line="59"/>
        <source>{file} cannot be opened:</source>
        <translation>Não foi possível abrir {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="60"/>
        <source>Cannot open routine</source>
        <translation>Não foi possível abrir a rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="66"/>
        <source>Parts of the file were not understood</source>
        <translation>Partes do arquivo não foram entendidas</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="68"/>
        <source>{file} opened, but these parts of it were not understood and will be left out when you save:</source>
        <translation>{file} foi aberto, mas estas partes dele não foram entendidas e ficarão de fora quando você salvar:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="117"/>
        <location filename="../ui/editor/files.py" line="265"/>
        <location filename="../ui/editor/files.py" line="275"/>
        <source>Cannot save routine</source>
        <translation>Não foi possível salvar a rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="126"/>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="136"/>
        <source>{file} cannot be read:</source>
        <translation>Não foi possível ler {file}:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="137"/>
        <source>Cannot duplicate routine</source>
        <translation>Não foi possível duplicar a rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="155"/>
        <location filename="../ui/editor/files.py" line="199"/>
        <source>Cannot import routine</source>
        <translation>Não foi possível importar a rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="183"/>
        <source>the file holds {count} workouts; this is the first. To add them all: barretimer import FILE</source>
        <translation>o arquivo contém {count} treinos; este é o primeiro. Para adicionar todos: barretimer import FILE</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="188"/>
        <source>Imported, not saved yet</source>
        <translation>Importada, ainda não salva</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="189"/>
        <source>{file} is shown in the editor. Save it to keep it.</source>
        <translation>{file} está aberto no editor. Salve para mantê-lo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="197"/>
        <source>{file} was not imported: it has {problems}. Fix them and import it again.</source>
        <translation>{file} não foi importado: tem {problems}. Corrija e importe de novo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="206"/>
        <source>Cannot export routine</source>
        <translation>Não foi possível exportar a rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="224"/>
        <source>the saved file</source>
        <translation>o arquivo salvo</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="233"/>
        <source>the file would not read back as this routine (a step of your own named exactly like a catalog id is read as that catalog exercise)</source>
        <translation>o arquivo não seria lido de volta como esta rotina (um passo seu com o nome exatamente igual a um id do catálogo é lido como esse exercício do catálogo)</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="240"/>
        <source>The routine was not saved:</source>
        <translation>A rotina não foi salva:</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="316"/>
        <source>this routine</source>
        <translation>esta rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="319"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Salvar antes as alterações em “{name}”?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="322"/>
        <source>“{name}” has changes that cannot be saved yet.
{why}

Discard them?</source>
        <translation>“{name}” tem alterações que ainda não podem ser salvas.
{why}

Descartar as alterações?</translation>
    </message>
    <message>
        <location filename="../ui/editor/files.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>RoutineFilterBar</name>
    <message>
        <location filename="../ui/library/filter_bar.py" line="27"/>
        <source>Search names, descriptions and tags</source>
        <translation>Buscar em nomes, descrições e tags</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="28"/>
        <source>Search routines</source>
        <translation>Buscar rotinas</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="31"/>
        <source>Filter by tag</source>
        <translation>Filtrar por tag</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="32"/>
        <location filename="../ui/library/filter_bar.py" line="58"/>
        <source>All tags</source>
        <translation>Todas as tags</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="34"/>
        <source>Filter by level</source>
        <translation>Filtrar por nível</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="35"/>
        <source>All levels</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../ui/library/filter_bar.py" line="38"/>
        <source>New routine</source>
        <translation>Nova rotina</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="49"/>
        <source>Routine name</source>
        <extracomment>The defaults&apos; grid of four is too wide beside a label in a compact window.</extracomment>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="61"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="72"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="74"/>
        <source>beginner</source>
        <translation>iniciante</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="75"/>
        <source>intermediate</source>
        <translation>intermediário</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="76"/>
        <source>advanced</source>
        <translation>avançado</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="86"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="87"/>
        <source>runners, glutes, core</source>
        <translation>corrida, glúteos, core</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="91"/>
        <source>Longest progression scale</source>
        <translation>Maior escala de progressão</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="92"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="53"/>
        <source>Rest between steps</source>
        <translation>Descanso entre passos</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="54"/>
        <source>Lead-in</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="55"/>
        <source>Switch sides</source>
        <translation>Troca de lado</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="99"/>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
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
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="115"/>
        <source>Max &amp;scale</source>
        <translation>Escala &amp;máxima</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="119"/>
        <source>&amp;Level</source>
        <translation>Níve&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="127"/>
        <source>Le&amp;ad-in</source>
        <translation>Prepar&amp;o</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="126"/>
        <source>&amp;Rest</source>
        <translation>De&amp;scanso</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="128"/>
        <source>S&amp;witch</source>
        <translation>Tr&amp;oca</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="129"/>
        <source>C&amp;ountdown</source>
        <translation>Conta&amp;gem</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="139"/>
        <source>Defaults</source>
        <translation>Padrões</translation>
    </message>
    <message>
        <location filename="../ui/editor/forms.py" line="161"/>
        <source>Max scale: &quot;{text}&quot; is not a number; give one such as 1.5, or leave it empty</source>
        <translation>Escala máxima: &quot;{text}&quot; não é um número; informe um como 1.5, ou deixe vazio</translation>
    </message>
</context>
<context>
    <name>RoutineIntro</name>
    <message>
        <location filename="../ui/player/start_intro.py" line="78"/>
        <source>What the routine needs</source>
        <translation>Do que a rotina precisa</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="80"/>
        <source>Exercises new to you</source>
        <translation>Exercícios novos para você</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="115"/>
        <source>You will need: {things}</source>
        <translation>Você vai precisar de: {things}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="117"/>
        <source>You need no equipment, only some floor space.</source>
        <translation>Você não precisa de equipamento, só de um pouco de espaço no chão.</translation>
    </message>
    <message>
        <location filename="../ui/player/start_intro.py" line="132"/>
        <source>New to you ({count}): how each one is done</source>
        <translation>Novos para você ({count}): como se faz cada um</translation>
    </message>
</context>
<context>
    <name>RoutineOpening</name>
    <message>
        <location filename="../ui/window/opening.py" line="40"/>
        <source>A workout is playing</source>
        <translation>Há um treino em andamento</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="41"/>
        <source>Stop the workout that is playing (Esc) before opening another.</source>
        <translation>Pare o treino em andamento (Esc) antes de abrir outro.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="131"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="132"/>
        <source>The quick timer could not be saved ({error}).</source>
        <translation>Não foi possível salvar o timer rápido ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="138"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="139"/>
        <source>Saved as {file} in your routines: the Library lists it now.</source>
        <translation>Salvo como {file} nas suas rotinas: a Biblioteca já mostra.</translation>
    </message>
    <message>
        <location filename="../ui/window/opening.py" line="159"/>
        <source>The routine editor is not available: it could not start.</source>
        <translation>O editor de rotinas não está disponível: não foi possível iniciá-lo.</translation>
    </message>
</context>
<context>
    <name>RoutinePreview</name>
    <message>
        <location filename="../ui/library/preview.py" line="139"/>
        <source>Start</source>
        <translation>Começar</translation>
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
        <translation>Problemas (corrija o arquivo ou abra-o no editor):</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="164"/>
        <source>The intervals of the routine</source>
        <translation>Os intervalos da rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="167"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="171"/>
        <source>Routine name</source>
        <translation>Nome da rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="172"/>
        <source>Level, time and source</source>
        <translation>Nível, tempo e origem</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="173"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="174"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="181"/>
        <source>Steps of the routine</source>
        <translation>Passos da rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="217"/>
        <source>Duplicate and edit</source>
        <translation>Duplicar e editar</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="222"/>
        <source>No routine selected</source>
        <translation>Nenhuma rotina selecionada</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Shipped with barretimer</source>
        <translation>Incluída no barretimer</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="231"/>
        <source>Your routine</source>
        <translation>Sua rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="238"/>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="248"/>
        <source>This routine has problems and cannot be played yet.</source>
        <translation>Esta rotina tem problemas e ainda não pode ser iniciada.</translation>
    </message>
</context>
<context>
    <name>RoutineTableModel</name>
    <message>
        <location filename="../ui/library/model.py" line="102"/>
        <source>Routine</source>
        <extracomment>The entry behind a row (any column). What a column sorts by (numbers sort as numbers).</extracomment>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="103"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="104"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="106"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="141"/>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Shipped</source>
        <translation>Incluída</translation>
    </message>
    <message>
        <location filename="../ui/library/model.py" line="145"/>
        <source>Yours</source>
        <translation>Sua</translation>
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
        <translation>Isometrias, equilíbrio, alongamentos e séries de movimento ficam mais longos ou mais curtos</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="43"/>
        <source>&amp;Scale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <location filename="../ui/player/scale_choice.py" line="47"/>
        <source>What the scale changes</source>
        <translation>O que a escala muda</translation>
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
        <translation>informe segundos (45), minutos e segundos (1:30) ou minutos (2m)</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="112"/>
        <source>give seconds (45), minutes and seconds (1:30), or max</source>
        <translation>informe segundos (45), minutos e segundos (1:30), ou max</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="114"/>
        <source>give seconds (45) or minutes and seconds (1:30), or leave it empty</source>
        <translation>informe segundos (45) ou minutos e segundos (1:30), ou deixe vazio</translation>
    </message>
    <message>
        <location filename="../ui/editor/fields.py" line="116"/>
        <source>{field}: &quot;{text}&quot; is not a duration; {hint}</source>
        <translation>{field}: &quot;{text}&quot; não é uma duração; {hint}</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../ui/history/details.py" line="38"/>
        <source>Session details</source>
        <extracomment>session id, effort (0 = not rated), notes</extracomment>
        <translation>Detalhes da sessão</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="58"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="59"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="60"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="62"/>
        <source>Time done of planned</source>
        <translation>Tempo feito do planejado</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="64"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="66"/>
        <source>Routine:</source>
        <translation>Rotina:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="67"/>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="68"/>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="69"/>
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="70"/>
        <source>Intervals:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="126"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} de {intervals} feitos, {skipped} pulados</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="77"/>
        <source>Steps of this session</source>
        <translation>Passos desta sessão</translation>
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
        <translation>Salvar esforço e notas</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="105"/>
        <source>&amp;Delete session…</source>
        <translation>E&amp;xcluir sessão…</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="107"/>
        <source>Delete this session</source>
        <translation>Excluir esta sessão</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="109"/>
        <source>Close without saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="49"/>
        <source>This session is no longer in the history.</source>
        <translation>Esta sessão não está mais no histórico.</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="121"/>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/details.py" line="132"/>
        <source>; touchdowns left {left}, right {right}</source>
        <translation>; apoios no chão: esquerdo {left}, direito {right}</translation>
    </message>
</context>
<context>
    <name>SessionEditing</name>
    <message>
        <location filename="../ui/history/editing.py" line="93"/>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <location filename="../ui/history/editing.py" line="95"/>
        <source>Delete the session of {routine} from {when}? You can undo this until you close barretimer.</source>
        <translation>Excluir a sessão de {routine} de {when}? Você pode desfazer isso até fechar o barretimer.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <location filename="../ui/history/filters.py" line="37"/>
        <source>Show sessions of routine</source>
        <extracomment>The earliest date a date filter offers; a date edit showing it means &quot;no limit&quot;.</extracomment>
        <translation>Mostrar sessões da rotina</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="44"/>
        <source>Show sessions with status</source>
        <translation>Mostrar sessões com a situação</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="45"/>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="48"/>
        <source>Sessions from date</source>
        <translation>Sessões a partir da data</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="49"/>
        <source>Sessions up to date</source>
        <translation>Sessões até a data</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="51"/>
        <location filename="../ui/history/filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Buscar nas notas</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="54"/>
        <source>C&amp;lear filters</source>
        <translation>Limpar &amp;filtros</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="55"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="68"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Rotina:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="69"/>
        <source>St&amp;atus:</source>
        <translation>Sit&amp;uação:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="70"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="71"/>
        <source>T&amp;o:</source>
        <translation>A&amp;té:</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="86"/>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location filename="../ui/history/filters.py" line="97"/>
        <source>All routines</source>
        <translation>Todas as rotinas</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <location filename="../ui/history/sessions_table.py" line="24"/>
        <source>Past sessions</source>
        <translation>Sessões anteriores</translation>
    </message>
    <message>
        <location filename="../ui/history/sessions_table.py" line="44"/>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="65"/>
        <source>A new language applies when barretimer restarts.</source>
        <translation>Um novo idioma passa a valer quando o barretimer for reiniciado.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <source>Default voice</source>
        <translation>Voz padrão</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="74"/>
        <source> words a minute</source>
        <translation> palavras por minuto</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="78"/>
        <source>Beep at the start of each step and in the countdown</source>
        <translation>Bipe no início de cada passo e na contagem regressiva</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Lower their volume to</source>
        <translation>Baixar o volume para</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Pause them</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Leave them alone</source>
        <translation>Não mexer</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>Their volume while a cue is spoken</source>
        <translation>O volume delas enquanto uma dica é falada</translation>
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
        <translation>Como na rotina</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Say what comes next (&quot;Next up: ...&quot;) in rests</source>
        <translation>Dizer o que vem a seguir (&quot;A seguir: ...&quot;) nos descansos</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Say &quot;halfway&quot; in long holds</source>
        <translation>Dizer &quot;na metade&quot; nas isometrias longas</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Describe an exercise you have not done before in the rest before it</source>
        <translation>Descrever no descanso anterior um exercício que você ainda não fez</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Keep exercise figures still (reduce motion)</source>
        <translation>Manter as figuras dos exercícios paradas (reduzir movimento)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source> sessions a week</source>
        <translation> sessões por semana</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
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
        <translation>Veloci&amp;dade</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="159"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Contagem regressiva</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="160"/>
        <source>&amp;Lead-in</source>
        <translation>&amp;Preparação</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>&amp;Weekly target</source>
        <translation>&amp;Meta semanal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="171"/>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>Other players&apos; music under a cue</source>
        <translation>Música de outros players durante uma dica</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="143"/>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../ui/player/start_panel.py" line="95"/>
        <source>The intervals of the routine</source>
        <translation>Os intervalos da rotina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="79"/>
        <location filename="../ui/player/start_panel.py" line="111"/>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="122"/>
        <source>This routine cannot be played until these problems are fixed:</source>
        <translation>Esta rotina não pode ser iniciada até que estes problemas sejam corrigidos:</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="126"/>
        <source>Problems in the routine</source>
        <translation>Problemas na rotina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="133"/>
        <location filename="../ui/player/start_panel.py" line="134"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="74"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="75"/>
        <source>Level, total time and steps</source>
        <translation>Nível, tempo total e passos</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="76"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="77"/>
        <source>Kinds of interval</source>
        <translation>Tipos de intervalo</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="78"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="252"/>
        <source>{total} ({scaled} at {pct})</source>
        <translation>{total} ({scaled} a {pct})</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="259"/>
        <source>{steps}, played as {intervals}</source>
        <translation>{steps}, executados em {intervals}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="265"/>
        <source>Play at {pct}</source>
        <translation>Começar a {pct}</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="280"/>
        <source>{problems} found</source>
        <translation>{problems} encontrado(s)</translation>
    </message>
    <message>
        <location filename="../ui/player/start_panel.py" line="296"/>
        <source>The routine could not be read.</source>
        <translation>Não foi possível ler a rotina.</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <location filename="../ui/editor/step_commands.py" line="47"/>
        <source>New exercise</source>
        <translation>Novo exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="62"/>
        <location filename="../ui/editor/step_commands.py" line="72"/>
        <source>Add {name}</source>
        <translation>Adicionar {name}</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="92"/>
        <source>Add a step</source>
        <translation>Adicionar um passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_commands.py" line="102"/>
        <source>Add a repeat block</source>
        <translation>Adicionar um bloco de repetição</translation>
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
        <translation>Imagem...</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="73"/>
        <source>Show a picture of your own instead of the drawn figure</source>
        <translation>Mostrar uma imagem sua no lugar da figura desenhada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="74"/>
        <source>Picture of your own</source>
        <translation>Imagem sua</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="76"/>
        <source>Exercise name</source>
        <translation>Nome do exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="78"/>
        <source>Where the exercise comes from</source>
        <translation>De onde vem o exercício</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="80"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="88"/>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>sem limite</translation>
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
        <translation>Dica falada no início</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="59"/>
        <source>Hear it</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="139"/>
        <source>Add cue</source>
        <translation>Adicionar dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="142"/>
        <source>Remove cue</source>
        <translation>Remover dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="176"/>
        <source>Cue</source>
        <translation>Dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="187"/>
        <source>Rest after</source>
        <translation>Descanso depois</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="60"/>
        <source>Hear the cue</source>
        <translation>Ouvir a dica</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="106"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="128"/>
        <source>Timed cues</source>
        <translation>Dicas com tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="140"/>
        <source>Add a timed cue</source>
        <translation>Adicionar uma dica com tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="143"/>
        <source>Remove the selected timed cue</source>
        <translation>Remover a dica com tempo selecionada</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="64"/>
        <source>Rest after this step</source>
        <translation>Descanso depois deste passo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="66"/>
        <source>Timed cue problem</source>
        <translation>Problema na dica com tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="152"/>
        <source>E&amp;xercise</source>
        <translation>Exe&amp;rcício</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="154"/>
        <source>Exercise figure</source>
        <translation>Figura do exercício</translation>
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
        <translation>D&amp;uração</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="177"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="186"/>
        <source>&amp;Timed cues</source>
        <translation>Dica&amp;s com tempo</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="188"/>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="229"/>
        <source>From the exercise catalog ({id}); fields you change override it.</source>
        <translation>Do catálogo de exercícios ({id}); os campos que você alterar têm prioridade.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="234"/>
        <source>An exercise of your own.</source>
        <translation>Um exercício seu.</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_form.py" line="250"/>
        <source>default ({rest})</source>
        <translation>padrão ({rest})</translation>
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
        <translation>Lados</translation>
    </message>
    <message>
        <location filename="../ui/library/preview.py" line="95"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>StepsPane</name>
    <message>
        <location filename="../ui/editor/panes.py" line="67"/>
        <source>Routine</source>
        <extracomment>How many letters&apos; room a step&apos;s name keeps in a compact window.</extracomment>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add from &amp;catalog…</source>
        <translation>Do &amp;catálogo…</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="76"/>
        <source>Add a step from the exercise catalog</source>
        <translation>Adicionar um passo do catálogo de exercícios</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add &amp;blank step</source>
        <translation>Passo em &amp;branco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="78"/>
        <source>Add a blank step</source>
        <translation>Adicionar um passo em branco</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add re&amp;peat block</source>
        <translation>Bloco de re&amp;petição</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="79"/>
        <source>Add a repeat block</source>
        <translation>Adicionar um bloco de repetição</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="80"/>
        <source>Duplicate the selected item</source>
        <translation>Duplicar o item selecionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="81"/>
        <source>Delete the selected item</source>
        <translation>Excluir o item selecionado</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="82"/>
        <source>Move the selected item up</source>
        <translation>Mover o item selecionado para cima</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move the selected item down</source>
        <translation>Mover o item selecionado para baixo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="83"/>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="84"/>
        <source>Ctrl+D in the steps</source>
        <translation>Ctrl+D nos passos</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="85"/>
        <source>Delete key in the steps</source>
        <translation>Tecla Delete nos passos</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="86"/>
        <source>Alt+Up; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Cima; ao lado de um bloco de repetição, entra nele ou sai dele</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="88"/>
        <source>Alt+Down; next to a repeat block, goes into or out of it</source>
        <translation>Alt+Baixo; ao lado de um bloco de repetição, entra nele ou sai dele</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="100"/>
        <location filename="../ui/editor/panes.py" line="113"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
</context>
<context>
    <name>SuggestionWords</name>
    <message>
        <location filename="../ui/suggestion_words.py" line="21"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="23"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="24"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="31"/>
        <source>First time with this routine: play it as written, and rate how hard it felt.</source>
        <translation>Primeira vez com esta rotina: faça como está escrita e depois avalie o quanto foi puxado.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="34"/>
        <source>You have not completed this routine yet: play it as written.</source>
        <translation>Você ainda não concluiu esta rotina: faça como está escrita.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="37"/>
        <source>First time with this advanced routine: start at {scale} of the work and build up.</source>
        <translation>Primeira vez com esta rotina avançada: comece com {scale} do trabalho e vá aumentando.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="41"/>
        <source>First time with this intermediate routine: start at {scale} of the work and build up.</source>
        <translation>Primeira vez com esta rotina intermediária: comece com {scale} do trabalho e vá aumentando.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="45"/>
        <source>You have not completed this advanced routine yet: start at {scale} of the work and build up.</source>
        <translation>Você ainda não concluiu esta rotina avançada: comece com {scale} do trabalho e vá aumentando.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="50"/>
        <source>You have not completed this intermediate routine yet: start at {scale} of the work and build up.</source>
        <translation>Você ainda não concluiu esta rotina intermediária: comece com {scale} do trabalho e vá aumentando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="59"/>
        <source>It has been %n week(s) since you last completed this routine: step back to {scale} and build up again.</source>
        <translation>
            <numerusform>Faz %n semana que você concluiu esta rotina pela última vez: volte para {scale} e vá aumentando de novo.</numerusform>
            <numerusform>Faz %n semanas que você concluiu esta rotina pela última vez: volte para {scale} e vá aumentando de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="67"/>
        <source>It has been %n week(s) since you last completed this routine: start again at {scale} and build up.</source>
        <translation>
            <numerusform>Faz %n semana que você concluiu esta rotina pela última vez: recomece com {scale} e vá aumentando.</numerusform>
            <numerusform>Faz %n semanas que você concluiu esta rotina pela última vez: recomece com {scale} e vá aumentando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/suggestion_words.py" line="75"/>
        <source>Nothing completed for %n day(s): stay at {scale} this time.</source>
        <translation>
            <numerusform>Nada concluído há %n dia: fique em {scale} desta vez.</numerusform>
            <numerusform>Nada concluído há %n dias: fique em {scale} desta vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="84"/>
        <source>Your last session at {other} was not finished: stay at {scale} until you complete it.</source>
        <translation>Sua última sessão com {other} não foi terminada: fique em {scale} até concluí-la.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="88"/>
        <source>Your last session felt hard ({effort}/10): stay at {scale} until it feels easier.</source>
        <translation>Sua última sessão foi puxada ({effort}/10): fique em {scale} até ficar mais fácil.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="91"/>
        <source>Stay at {scale}. Rate how hard each session felt (1 to 10) when it ends: two easy ones ({effort} or less) bring an offer of more.</source>
        <translation>Fique em {scale}. Ao fim de cada sessão, avalie o quanto foi puxada (de 1 a 10): duas fáceis ({effort} ou menos) trazem uma oferta de mais.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="95"/>
        <source>Stay at {scale}: complete it once more at effort {effort} or less within three weeks to move up.</source>
        <translation>Fique em {scale}: conclua mais uma vez com esforço {effort} ou menos em até três semanas para subir.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="99"/>
        <source>Your last two sessions felt easy: try {scale} (no more than 10% above where you were a week ago).</source>
        <translation>Suas duas últimas sessões foram fáceis: tente {scale} (no máximo 10% acima de onde você estava uma semana atrás).</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="102"/>
        <source>{other} was too much {when}: try {scale} first.</source>
        <translation>{other} foi demais {when}: tente {scale} primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="103"/>
        <source>{other} was too much {when}: stay at {scale} for now.</source>
        <translation>{other} foi demais {when}: fique em {scale} por enquanto.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="104"/>
        <source>You are at this routine&apos;s maximum of {other}: stay there.</source>
        <translation>Você está no máximo desta rotina, {other}: fique nele.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="105"/>
        <source>You added 10% this week already: stay at {scale} for now.</source>
        <translation>Você já aumentou 10% nesta semana: fique em {scale} por enquanto.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="106"/>
        <source>This routine goes up to {other}: play it at {scale}.</source>
        <translation>Esta rotina vai até {other}: faça com {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="107"/>
        <source>A week ago you were at {other}: no more than {scale} this week.</source>
        <translation>Uma semana atrás você estava em {other}: nesta semana, no máximo {scale}.</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_words.py" line="108"/>
        <source>Your plan sets this session at {scale}.</source>
        <translation>Seu plano define esta sessão em {scale}.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../ui/history/summary.py" line="79"/>
        <source>Workout summary</source>
        <translation>Resumo do treino</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="110"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="111"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="113"/>
        <source>Time done of planned</source>
        <translation>Tempo feito do planejado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="116"/>
        <source>Steps done and skipped</source>
        <translation>Passos feitos e pulados</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="119"/>
        <source>Touchdowns per side</source>
        <translation>Apoios no chão por lado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="124"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="126"/>
        <source>How did it go? Anything to remember next time?</source>
        <translation>Como foi? Algo para lembrar da próxima vez?</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="129"/>
        <source>Routine:</source>
        <translation>Rotina:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="130"/>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="131"/>
        <source>Time:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="132"/>
        <source>Intervals:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="142"/>
        <source>New personal bests</source>
        <translation>Novos recordes pessoais</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="150"/>
        <source>{exercise}: {time} (your best was {before})</source>
        <translation>{exercise}: {time} (seu recorde era {before})</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="156"/>
        <source>{exercise}: {time} (the first one)</source>
        <translation>{exercise}: {time} (o primeiro)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="162"/>
        <source>New best:</source>
        <translation>Novo recorde:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="195"/>
        <source>{done} of {intervals} done, {skipped} skipped</source>
        <translation>{done} de {intervals} feitos, {skipped} pulados</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="133"/>
        <source>Touchdowns:</source>
        <translation>Apoios no chão:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="136"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="168"/>
        <source>S&amp;kip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="170"/>
        <source>Save effort and notes</source>
        <translation>Salvar esforço e notas</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="171"/>
        <source>Skip without saving</source>
        <translation>Pular sem salvar</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="175"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="86"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="98"/>
        <source>This session is no longer in the history.</source>
        <translation>Esta sessão não está mais no histórico.</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="182"/>
        <source>Workout complete</source>
        <translation>Treino concluído</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="183"/>
        <source>Workout stopped</source>
        <translation>Treino parado</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="185"/>
        <source>Workout interrupted</source>
        <translation>Treino interrompido</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="190"/>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="202"/>
        <source>Left {left}, right {right}</source>
        <translation>Esquerdo {left}, direito {right}</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="233"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="234"/>
        <source>Effort and notes could not be saved to the history ({error}).</source>
        <translation>Não foi possível salvar o esforço e as notas no histórico ({error}).</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/editor/panels.py" line="113"/>
        <source>Total time</source>
        <translation>Tempo total</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="115"/>
        <source>Number of steps</source>
        <translation>Número de passos</translation>
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
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="119"/>
        <location filename="../ui/editor/panels.py" line="130"/>
        <source>Time per kind</source>
        <translation>Tempo por tipo</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Muscle group</source>
        <translation>Grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="121"/>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="123"/>
        <location filename="../ui/editor/panels.py" line="134"/>
        <source>Time per muscle group</source>
        <translation>Tempo por grupo muscular</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="125"/>
        <source>Muscles without a stretch</source>
        <translation>Músculos sem alongamento</translation>
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
        <translation>{written}, executados em {played}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="146"/>
        <location filename="../ui/editor/panels.py" line="179"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="194"/>
        <source>{written} steps written; the repeats add up to more than {count} steps to play, too many for the tables below.</source>
        <translation>{written} passos escritos; as repetições somam mais de {count} passos a executar, demais para as tabelas abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="205"/>
        <source>⚠ Worked but never stretched: {muscles}.</source>
        <translation>⚠ Trabalhados mas nunca alongados: {muscles}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="209"/>
        <source>✓ Not stretched here, on purpose: {muscles}. {why}</source>
        <translation>✓ Sem alongamento aqui, de propósito: {muscles}. {why}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="214"/>
        <source>✓ Every worked muscle group has a stretch.</source>
        <translation>✓ Todo grupo muscular trabalhado tem um alongamento.</translation>
    </message>
    <message>
        <location filename="../ui/editor/panels.py" line="215"/>
        <source>Tick the muscles of each step to see where the work goes.</source>
        <translation>Marque os músculos de cada passo para ver para onde vai o trabalho.</translation>
    </message>
</context>
<context>
    <name>TextFixPane</name>
    <message>
        <location filename="../ui/editor/text_mode.py" line="45"/>
        <source>Routine file text</source>
        <extracomment>How long after the last key the text is read again. The text now reads as this routine, with no problem: ``(Routine, text)``. &quot;Save text as it is&quot; was chosen: ``text``.</extracomment>
        <translation>Texto do arquivo da rotina</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="49"/>
        <source>Problems in the file</source>
        <translation>Problemas no arquivo</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="53"/>
        <location filename="../ui/editor/text_mode.py" line="54"/>
        <source>Save the text as it is</source>
        <translation>Salvar o texto como está</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="79"/>
        <source>{file} cannot be shown in the forms: it has problems, listed below and marked in the text. Fix them here; once the file reads without a problem the forms come back.</source>
        <translation>{file} não pode ser mostrado nos formulários: tem problemas, listados abaixo e marcados no texto. Corrija-os aqui; quando o arquivo for lido sem problemas, os formulários voltam.</translation>
    </message>
    <message>
        <location filename="../ui/editor/text_mode.py" line="112"/>
        <source>line {line}: {message}</source>
        <translation>linha {line}: {message}</translation>
    </message>
</context>
<context>
    <name>TotalsLabel</name>
    <message>
        <location filename="../ui/player/totals.py" line="41"/>
        <source>Elapsed {elapsed}  ·  Left {left}</source>
        <translation>Decorrido {elapsed}  ·  Restante {left}</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../ui/history/charts.py" line="45"/>
        <source>Current streak in weeks</source>
        <translation>Sequência atual em semanas</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="50"/>
        <source>What the streak counts</source>
        <translation>O que a sequência conta</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="53"/>
        <source>This week so far</source>
        <translation>Esta semana até agora</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="58"/>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes per week by kind</source>
        <translation>Minutos por semana por tipo</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="74"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="77"/>
        <source>Completed sessions per week</source>
        <translation>Sessões concluídas por semana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="78"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="83"/>
        <source>Balance drills: left and right seconds per week</source>
        <translation>Equilíbrio: segundos à esquerda e à direita por semana</translation>
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
        <translation>Nenhum treino nestas semanas ainda.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="200"/>
        <source>Completed sessions</source>
        <translation>Sessões concluídas</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="205"/>
        <source>Target: {n} a week</source>
        <translation>Meta: {n} por semana</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="207"/>
        <source>No completed sessions in these weeks yet.</source>
        <translation>Nenhuma sessão concluída nestas semanas ainda.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="219"/>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="221"/>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="224"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="225"/>
        <source>No balance drills on both sides yet.</source>
        <translation>Nenhum exercício de equilíbrio dos dois lados ainda.</translation>
    </message>
    <message>
        <location filename="../ui/history/charts.py" line="168"/>
        <source>This week: {done} of {target} so far</source>
        <translation>Esta semana: {done} de {target} até agora</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../ui/window/files.py" line="30"/>
        <source>Open a routine</source>
        <translation>Abrir uma rotina</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="32"/>
        <source>Routines (*.yaml *.yml)</source>
        <translation>Rotinas (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="48"/>
        <source>Open a routine in the player first.</source>
        <translation>Abra antes uma rotina no reprodutor.</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="54"/>
        <source>Export watch workout</source>
        <translation>Exportar treino para relógio</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="56"/>
        <source>FIT workouts (*.fit)</source>
        <translation>Treinos FIT (*.fit)</translation>
    </message>
    <message>
        <location filename="../ui/window/files.py" line="65"/>
        <source>Cannot export</source>
        <translation>Não foi possível exportar</translation>
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
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="54"/>
        <source>&amp;About barretimer</source>
        <translation>&amp;Sobre o barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="69"/>
        <source>&amp;Open routine...</source>
        <translation>&amp;Abrir rotina...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="75"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Configurações...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="89"/>
        <source>&amp;Watch workout (FIT)...</source>
        <translation>&amp;Treino para relógio (FIT)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="93"/>
        <source>Sheet to &amp;print (PDF)...</source>
        <translation>Ficha para im&amp;primir (PDF)...</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="102"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Player</source>
        <translation>&amp;Reprodutor</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="106"/>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="107"/>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercícios</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="127"/>
        <source>About barretimer</source>
        <translation>Sobre o barretimer</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="129"/>
        <source>barretimer {version}

A guided-workout timer for barre work, isometric holds, stretches and balance drills, with spoken cues and a local history.

Your data folder: {folder}</source>
        <translation>barretimer {version}

Um timer de treino guiado para barre, isometria, alongamentos e exercícios de equilíbrio, com instruções faladas e um histórico local.

Sua pasta de dados: {folder}</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="139"/>
        <source>Space: pause or go on</source>
        <translation>Espaço: pausar ou continuar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="140"/>
        <source>Right: skip   ·   Left: back</source>
        <translation>Direita: pular   ·   Esquerda: voltar</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="141"/>
        <source>+: ten seconds more</source>
        <translation>+: mais dez segundos</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="142"/>
        <source>Enter: done (max holds)</source>
        <translation>Enter: concluir (isometrias até o limite)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="143"/>
        <source>T: touchdown in a balance drill</source>
        <translation>T: pé no chão num exercício de equilíbrio</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="144"/>
        <source>M: mute the voice   ·   B: mute the beeps</source>
        <translation>M: silenciar a voz   ·   B: silenciar os bipes</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="145"/>
        <source>Esc: stop (asks first)</source>
        <translation>Esc: parar (pergunta antes)</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="146"/>
        <source>F11: fullscreen room mode   ·   Ctrl+Shift+M: mini view</source>
        <translation>F11: tela cheia (modo sala)   ·   Ctrl+Shift+M: janela mini</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="147"/>
        <source>Ctrl+1 to Ctrl+5: Library, Player, Editor, History, Exercises</source>
        <translation>Ctrl+1 a Ctrl+5: Biblioteca, Reprodutor, Editor, Histórico, Exercícios</translation>
    </message>
    <message>
        <location filename="../ui/window/menus.py" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>WindowPreferences</name>
    <message>
        <location filename="../ui/window/preferences.py" line="83"/>
        <source>No sound device was found, so cues are shown on screen only.</source>
        <translation>Nenhum dispositivo de som foi encontrado; as dicas aparecem só na tela.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="85"/>
        <source>Sound could not start, so cues are shown on screen only.</source>
        <translation>Não foi possível iniciar o som; as dicas aparecem só na tela.</translation>
    </message>
    <message>
        <location filename="../ui/window/preferences.py" line="87"/>
        <source>Speech is not available, so cues are beeps and words on screen.</source>
        <translation>A voz não está disponível; as dicas viram bipes e texto na tela.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Something went wrong: {error}

The app goes on. Details were written to {log}.</source>
        <translation>Algo deu errado: {error}

O aplicativo continua. Os detalhes foram gravados em {log}.</translation>
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
        <translation>Exercício</translation>
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
        <translation>Duração</translation>
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
        <translation>Item {position}: {text}</translation>
    </message>
    <message>
        <location filename="../ui/editor/panes.py" line="137"/>
        <location filename="../ui/editor/step_tree.py" line="195"/>
        <source>repeat block</source>
        <translation>bloco de repetição</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="198"/>
        <source>once</source>
        <translation>uma vez</translation>
    </message>
    <message>
        <location filename="../ui/editor/step_tree.py" line="203"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="98"/>
        <source>At (s)</source>
        <translation>Em (s)</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="99"/>
        <source>Say</source>
        <translation>Dizer</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="125"/>
        <source>&quot;{text}&quot; is not a time: give seconds such as 20, or -15 to count back from the end</source>
        <translation>&quot;{text}&quot; não é um tempo: informe segundos como 20, ou -15 para contar a partir do fim</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="248"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../ui/editor/models.py" line="250"/>
        <source>Cue</source>
        <translation>Dica</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../ui/history/summary.py" line="40"/>
        <location filename="../ui/history/summary.py" line="44"/>
        <source>Not rated</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="42"/>
        <source>Effort from 1 to 10</source>
        <translation>Esforço de 1 a 10</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="48"/>
        <source>How hard it felt: 1 very easy, 10 as hard as you can go</source>
        <translation>Quão difícil foi: 1 muito fácil, 10 o máximo que você consegue</translation>
    </message>
</context>
<context>
    <name>equipment</name>
    <message>
        <location filename="../ui/labels.py" line="267"/>
        <source>barre or chair</source>
        <extracomment>Every item of equipment the core knows (``core.model.EQUIPMENT``) but &quot;none&quot;.</extracomment>
        <translation>barra ou cadeira</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="268"/>
        <source>band</source>
        <translation>faixa elástica</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="269"/>
        <source>ball</source>
        <translation>bola</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="270"/>
        <source>light weights</source>
        <translation>pesos leves</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="271"/>
        <source>cushion</source>
        <translation>almofada</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="272"/>
        <source>wall</source>
        <translation>parede</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="273"/>
        <source>step</source>
        <translation>degrau</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="274"/>
        <source>towel</source>
        <translation>toalha</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../ui/history/charts.py" line="33"/>
        <source>Week of {date}</source>
        <extracomment>A chart&apos;s text for each week, oldest first.</extracomment>
        <translation>Semana de {date}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="38"/>
        <source>The history could not be changed ({error}).</source>
        <translation>Não foi possível alterar o histórico ({error}).</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="57"/>
        <source>Delete session of {routine}</source>
        <translation>Excluir sessão de {routine}</translation>
    </message>
    <message>
        <location filename="../ui/history/commands.py" line="106"/>
        <source>Edit effort and notes</source>
        <translation>Editar esforço e notas</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="177"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="178"/>
        <source>Routine</source>
        <translation>Rotina</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="179"/>
        <source>Done / planned</source>
        <translation>Feito / planejado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="180"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="181"/>
        <source>Effort</source>
        <translation>Esforço</translation>
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
        <translation>Exercício</translation>
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
        <translation>Planejado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="247"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="248"/>
        <location filename="../ui/history/models.py" line="266"/>
        <source>Skipped</source>
        <translation>Pulado</translation>
    </message>
    <message>
        <location filename="../ui/history/models.py" line="249"/>
        <source>Touchdowns</source>
        <translation>Apoios no chão</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Hold</source>
        <translation>Isometria</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Stretch</source>
        <translation>Alongamento</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>Balance</source>
        <translation>Equilíbrio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Move</source>
        <translation>Movimento</translation>
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
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>Work</source>
        <extracomment>The quick timer&apos;s exercise when the user names none (``core.quick``): recorded in English.</extracomment>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Max hold</source>
        <translation>Isometria até o limite</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>Beginner</source>
        <translation>Iniciante</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="109"/>
        <source>Intermediate</source>
        <translation>Intermediário</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="110"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="117"/>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="119"/>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="126"/>
        <source>LEFT</source>
        <translation>ESQUERDO</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="128"/>
        <source>RIGHT</source>
        <translation>DIREITO</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>Stand on your left leg.</source>
        <translation>Fique sobre a perna esquerda.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>Stand on your right leg.</source>
        <translation>Fique sobre a perna direita.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>Your left leg works; stand on the right.</source>
        <translation>Sua perna esquerda trabalha; fique sobre a direita.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>Your right leg works; stand on the left.</source>
        <translation>Sua perna direita trabalha; fique sobre a esquerda.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <source>left, then right</source>
        <translation>esquerdo, depois direito</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="164"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="165"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="166"/>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
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
        <translation>Uma vez</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="197"/>
        <source>Repeat ×{count}</source>
        <translation>Repetir ×{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="302"/>
        <source>holds, balance and stretches {change}</source>
        <translation>isometrias, equilíbrio e alongamentos {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="308"/>
        <source>moves {change} (sets up to {cap})</source>
        <translation>movimentos {change} (séries até {cap})</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="310"/>
        <source>moves {change}</source>
        <translation>movimentos {change}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="314"/>
        <source>At {scale} nothing in this routine grows: its steps are open-ended.</source>
        <translation>A {scale}, nada nesta rotina muda: os passos não têm duração fixa.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="317"/>
        <source>At {scale}: {changes}.</source>
        <translation>A {scale}: {changes}.</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="329"/>
        <source>at 100%: as written</source>
        <translation>com 100%: como está escrita</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="332"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% longer, sets up to {cap}</source>
        <translation>com {scale}: isometrias, equilíbrio, alongamentos e séries de movimento {change}% mais longos, séries de até {cap}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="338"/>
        <source>at {scale}: holds, balance, stretches and move sets {change}% shorter</source>
        <translation>com {scale}: isometrias, equilíbrio, alongamentos e séries de movimento {change}% mais curtos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="216"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="226"/>
        <source>{weeks} with at least {sessions} completed</source>
        <translation>{weeks} com pelo menos {sessions} concluídas</translation>
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
        <translation>glúteo médio</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="246"/>
        <source>hip rotators</source>
        <translation>rotadores do quadril</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="247"/>
        <source>hip flexors</source>
        <translation>flexores do quadril</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="248"/>
        <source>adductors</source>
        <translation>adutores</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="249"/>
        <source>quads</source>
        <translation>quadríceps</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="250"/>
        <source>hamstrings</source>
        <translation>posteriores da coxa</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="251"/>
        <source>calves</source>
        <translation>panturrilhas</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="252"/>
        <source>tibialis</source>
        <translation>tibial anterior</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="253"/>
        <source>peroneals</source>
        <translation>fibulares</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="254"/>
        <source>feet</source>
        <translation>pés</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="255"/>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="256"/>
        <source>obliques</source>
        <translation>oblíquos</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="257"/>
        <source>back</source>
        <translation>costas</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="258"/>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="259"/>
        <source>arms</source>
        <translation>braços</translation>
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
        <translation>Importar histórico</translation>
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
        <translation>A rotina precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="19"/>
        <source>The routine has no steps yet: add one.</source>
        <translation>A rotina ainda não tem passos: adicione um.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="20"/>
        <source>This repeat block has no steps yet.</source>
        <translation>Este bloco de repetição ainda não tem passos.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="21"/>
        <source>The step needs an exercise name.</source>
        <translation>O passo precisa do nome de um exercício.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="23"/>
        <source>A cap only goes with a &quot;max&quot; step, one held as long as you can.</source>
        <translation>Um limite só vale para um passo “máx.”, mantido o máximo que você aguentar.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="48"/>
        <source>rest between steps</source>
        <translation>descanso entre passos</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="49"/>
        <source>lead-in</source>
        <translation>preparação</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="50"/>
        <source>time to switch sides</source>
        <translation>tempo para trocar de lado</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="59"/>
        <source>This cue is set for {at} s after the start, but the step lasts only {length} s.</source>
        <translation>Esta dica está a {at} s do início, mas o passo dura só {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="64"/>
        <source>This cue is set for {at} s before the end, but the step lasts only {length} s.</source>
        <translation>Esta dica está a {at} s do fim, mas o passo dura só {length} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="71"/>
        <source>Timed cue {number} counts from the end, but a max step has no set end: give it a time from the start (0 or more).</source>
        <translation>A dica com tempo {number} conta a partir do fim, mas um passo máx. não tem fim definido: dê a ela um tempo a partir do início (0 ou mais).</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="77"/>
        <source>Timed cue {number} has nothing to say.</source>
        <translation>A dica com tempo {number} não tem nada a dizer.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="87"/>
        <source>The {what} must be from 0 to 600 s; it is {value} s.</source>
        <translation>O valor de {what} deve ser de 0 a 600 s; é {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="91"/>
        <source>The countdown must be from 0 to 10 s; it is {value} s.</source>
        <translation>A contagem regressiva deve ser de 0 a 10 s; é {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="95"/>
        <source>The largest scale must be from 1.0 to 3.0; it is {value}.</source>
        <translation>A escala máxima deve ser de 1,0 a 3,0; é {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="99"/>
        <source>A block repeats from 1 to {limit} times; this one says {value}.</source>
        <translation>Um bloco se repete de 1 a {limit} vezes; este diz {value}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="103"/>
        <source>A rest must be from 0 to 600 s; this one is {value} s.</source>
        <translation>Um descanso deve ser de 0 a 600 s; este é de {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="107"/>
        <source>A step lasts more than 0 s and at most 4 hours; this one says {value} s.</source>
        <translation>Um passo dura mais de 0 s e no máximo 4 horas; este diz {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="112"/>
        <source>The cap must be more than 0 s; it is {value} s.</source>
        <translation>O limite deve ser maior que 0 s; é {value} s.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="121"/>
        <source>There is no muscle group called &quot;{muscle}&quot;.</source>
        <translation>Não existe grupo muscular chamado “{muscle}”.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="125"/>
        <source>A step can have at most {limit} timed cues; this one has {count}.</source>
        <translation>Um passo pode ter no máximo {limit} dicas com tempo; este tem {count}.</translation>
    </message>
    <message>
        <location filename="../ui/editor/problem_words.py" line="129"/>
        <source>With its repeats the routine would play {count} steps; at most {limit} can be played.</source>
        <translation>Com as repetições, a rotina tocaria {count} passos; no máximo {limit} podem ser tocados.</translation>
    </message>
</context>
<context>
    <name>spin</name>
    <message>
        <location filename="../ui/history/summary.py" line="61"/>
        <source>1 = very easy, 10 = as hard as you can go</source>
        <translation>1 = muito fácil, 10 = o máximo que você consegue</translation>
    </message>
    <message>
        <location filename="../ui/history/summary.py" line="66"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Esforço:</translation>
    </message>
</context>
</TS>
