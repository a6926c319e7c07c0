"""Spoken cues and beeps, with no Qt in them.

``api`` is what the rest of the app uses (``Priority``, ``Speaker``, ``NullSpeaker``);
``client.SpeechClient`` is the real speaker: it runs ``helper`` (one
pyttsx3 engine and aplay in a separate process) and decides with ``planner`` which cue may
speak when. ``make_beeps`` writes the beep WAVs in assets/sounds.
"""
