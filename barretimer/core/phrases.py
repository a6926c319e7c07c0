"""What the voice says on its own (not the routine's words), one plain table per language.

The timeline and the engine take a :class:`Phrases` and never build an English sentence
themselves; the core stays free of Qt and of gettext. Templates use ``str.format`` fields:
``{name}`` (an exercise, as the screen shows it), ``{current}``/``{total}`` (rounds),
``{count}`` (minutes or seconds) and ``{duration}`` (a length as :meth:`Phrases.duration`
says it). ``get_ready`` and ``rest`` are one sentence each: the "next up" part that follows
them is dropped when the user turns "next up" off (``core.playback``).

To add a language: copy ``ENGLISH`` below, translate each field, add the table to ``TABLES``
under the language's code (see ``core.languages``), and run ``tests/core/test_phrases.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    # names of the intervals the timeline adds itself (shown on screen)
    get_ready_name: str
    rest_name: str
    switch_name: str
    round_label: str  # "Round {current} of {total}", shown above a step in a repeat block
    # spoken
    get_ready: str  # said at the start of the lead-in
    first_up: str  # follows get_ready when "next up" is on
    rest: str
    next_up: str  # follows rest
    switch_sides: str
    left_side: str  # "{name}, left side": also shown as what comes next
    right_side: str  # "{name}, right side"
    right_side_start: str  # said as the right side begins (its name was said before the switch)
    step_start: str  # "{name}. {cue}" at the start of a step; a step without a cue drops it
    halfway: str
    ten_seconds: str
    countdown: tuple[str, ...]  # "1", "2", "3", ... as the voice reads them best; index 0 is one
    well_done: str  # "Well done. That was {duration}."
    minute: str  # "{count} minute"
    minutes: str  # "{count} minutes"
    second: str
    seconds: str
    # said or shown by the engine when the user acts
    nothing_to_play: str
    paused: str
    resumed: str
    suspended: str
    touchdown: str
    stopped: str

    def number(self, value: int) -> str:
        """A countdown number as the voice should say it (a digit past the table's end)."""
        return self.countdown[value - 1] if 1 <= value <= len(self.countdown) else str(value)

    def duration(self, seconds: float) -> str:
        """``1 minute 30 seconds``, ``45 minutes``, ``20 seconds``: a length as it is said.

        One form for exactly 1 and another for every other count: right for all the
        languages here (French says "0 seconde", but a whole workout is never 0 seconds).
        """
        minutes, secs = divmod(round(seconds), 60)
        parts = []
        if minutes:
            parts.append((self.minute if minutes == 1 else self.minutes).format(count=minutes))
        if secs or not minutes:
            parts.append((self.second if secs == 1 else self.seconds).format(count=secs))
        return " ".join(parts)


ENGLISH = Phrases(
    get_ready_name="Get ready",
    rest_name="Rest",
    switch_name="Switch sides",
    round_label="Round {current} of {total}",
    get_ready="Get ready.",
    first_up="First up: {name}.",
    rest="Rest.",
    next_up="Next up: {name}.",
    switch_sides="Switch sides.",
    left_side="{name}, left side",
    right_side="{name}, right side",
    right_side_start="Right side.",
    step_start="{name}. {cue}",
    halfway="Halfway.",
    ten_seconds="10 seconds.",
    countdown=("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
    well_done="Well done. That was {duration}.",
    minute="{count} minute",
    minutes="{count} minutes",
    second="{count} second",
    seconds="{count} seconds",
    nothing_to_play="Nothing to play.",
    paused="Paused.",
    resumed="Go.",
    suspended="Paused after a break in time.",
    touchdown="Touchdown",
    stopped="Stopped.",
)

GERMAN = Phrases(
    get_ready_name="Bereit machen",
    rest_name="Pause",
    switch_name="Seitenwechsel",
    round_label="Runde {current} von {total}",
    get_ready="Mach dich bereit.",
    first_up="Als Erstes: {name}.",
    rest="Pause.",
    next_up="Als Nächstes: {name}.",
    switch_sides="Seite wechseln.",
    left_side="{name}, linke Seite",
    right_side="{name}, rechte Seite",
    right_side_start="Rechte Seite.",
    step_start="{name}. {cue}",
    halfway="Halbzeit.",
    ten_seconds="Noch zehn Sekunden.",
    countdown=("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
    well_done="Gut gemacht. Du hast {duration} trainiert.",
    minute="{count} Minute",
    minutes="{count} Minuten",
    second="{count} Sekunde",
    seconds="{count} Sekunden",
    nothing_to_play="Nichts abzuspielen.",
    paused="Pausiert.",
    resumed="Weiter.",
    suspended="Nach einer Unterbrechung angehalten.",
    touchdown="Bodenkontakt",
    stopped="Beendet.",
)

FRENCH = Phrases(
    get_ready_name="Prépare-toi",
    rest_name="Repos",
    switch_name="Changement de côté",
    round_label="Tour {current} sur {total}",
    get_ready="Prépare-toi.",
    first_up="Pour commencer\u00a0: {name}.",
    rest="Repos.",
    next_up="Ensuite\u00a0: {name}.",
    switch_sides="Change de côté.",
    left_side="{name}, côté gauche",
    right_side="{name}, côté droit",
    right_side_start="Côté droit.",
    step_start="{name}. {cue}",
    halfway="Mi-parcours.",
    ten_seconds="Encore dix secondes.",
    countdown=("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    well_done="Bravo\u00a0! C’était {duration}.",
    minute="{count} minute",
    minutes="{count} minutes",
    second="{count} seconde",
    seconds="{count} secondes",
    nothing_to_play="Rien à lancer.",
    paused="En pause.",
    resumed="On reprend.",
    suspended="En pause après une interruption.",
    touchdown="Appui au sol",
    stopped="Arrêté.",
)

SPANISH = Phrases(
    get_ready_name="Prepárate",
    rest_name="Descanso",
    switch_name="Cambio de lado",
    round_label="Ronda {current} de {total}",
    get_ready="Prepárate.",
    first_up="Primero: {name}.",
    rest="Descansa.",
    next_up="Luego: {name}.",
    switch_sides="Cambia de lado.",
    left_side="{name}, lado izquierdo",
    right_side="{name}, lado derecho",
    right_side_start="Lado derecho.",
    step_start="{name}. {cue}",
    halfway="Mitad.",
    ten_seconds="Diez segundos.",
    countdown=("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
    well_done="Bien hecho. Han sido {duration}.",
    minute="{count} minuto",
    minutes="{count} minutos",
    second="{count} segundo",
    seconds="{count} segundos",
    nothing_to_play="Nada que reproducir.",
    paused="En pausa.",
    resumed="Seguimos.",
    suspended="En pausa tras una interrupción.",
    touchdown="Apoyo en el suelo",
    stopped="Detenido.",
)

ITALIAN = Phrases(
    get_ready_name="Preparati",
    rest_name="Recupero",
    switch_name="Cambio lato",
    round_label="Giro {current} di {total}",
    get_ready="Preparati.",
    first_up="Si comincia con: {name}.",
    rest="Recupero.",
    next_up="Prossimo: {name}.",
    switch_sides="Cambia lato.",
    left_side="{name}, lato sinistro",
    right_side="{name}, lato destro",
    right_side_start="Lato destro.",
    step_start="{name}. {cue}",
    halfway="A metà.",
    ten_seconds="Dieci secondi.",
    countdown=("uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"),
    well_done="Ben fatto. Sono stati {duration}.",
    minute="{count} minuto",
    minutes="{count} minuti",
    second="{count} secondo",
    seconds="{count} secondi",
    nothing_to_play="Niente da eseguire.",
    paused="In pausa.",
    resumed="Si riparte.",
    suspended="In pausa dopo un'interruzione.",
    touchdown="Appoggio a terra",
    stopped="Fermato.",
)

DUTCH = Phrases(
    get_ready_name="Maak je klaar",
    rest_name="Rust",
    switch_name="Wissel van kant",
    round_label="Ronde {current} van {total}",
    get_ready="Maak je klaar.",
    first_up="Eerst: {name}.",
    rest="Rust.",
    next_up="Hierna: {name}.",
    switch_sides="Wissel van kant.",
    left_side="{name}, linkerkant",
    right_side="{name}, rechterkant",
    right_side_start="Rechterkant.",
    step_start="{name}. {cue}",
    halfway="Halverwege.",
    ten_seconds="Nog tien seconden.",
    countdown=("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    well_done="Goed gedaan. Dat was {duration}.",
    minute="{count} minuut",
    minutes="{count} minuten",
    second="{count} seconde",
    seconds="{count} seconden",
    nothing_to_play="Niets om af te spelen.",
    paused="Gepauzeerd.",
    resumed="Verder.",
    suspended="Gepauzeerd na een onderbreking.",
    touchdown="Grondcontact",
    stopped="Gestopt.",
)

BRAZILIAN_PORTUGUESE = Phrases(
    get_ready_name="Prepare-se",
    rest_name="Descanso",
    switch_name="Troca de lado",
    round_label="Rodada {current} de {total}",
    get_ready="Prepare-se.",
    first_up="Para começar: {name}.",
    rest="Pausa.",
    next_up="A seguir: {name}.",
    switch_sides="Troque de lado.",
    left_side="{name}, lado esquerdo",
    right_side="{name}, lado direito",
    right_side_start="Lado direito.",
    step_start="{name}. {cue}",
    halfway="Na metade.",
    ten_seconds="Dez segundos.",
    countdown=("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
    well_done="Muito bem. Foram {duration}.",
    minute="{count} minuto",
    minutes="{count} minutos",
    second="{count} segundo",
    seconds="{count} segundos",
    nothing_to_play="Nada para reproduzir.",
    paused="Pausado.",
    resumed="Vamos lá.",
    suspended="Pausado depois de uma interrupção.",
    touchdown="Pé no chão",
    stopped="Parado.",
)

#: Language code (as ``core.languages`` resolves it) -> the voice's phrases.
TABLES: dict[str, Phrases] = {
    "en": ENGLISH,
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "it": ITALIAN,
    "nl": DUTCH,
    "pt_BR": BRAZILIAN_PORTUGUESE,
}


def phrases_for(language: str) -> Phrases:
    """The table of ``language``; English for a language without one."""
    return TABLES.get(language, ENGLISH)
