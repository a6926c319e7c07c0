"""Spoken cues and beeps, with no Qt in them.

``api`` is what the rest of the app uses (``Priority``, ``Speaker``, ``NullSpeaker``);
``client.SpeechClient`` is the real speaker: it runs ``helper`` (one pyttsx3 engine, in
``render``, and aplay, in ``playback``, in a separate process), talks to it in the ``protocol``
and decides with ``planner`` which cue may speak when. ``bridge`` turns engine events into
cues; ``make_beeps`` writes the beep WAVs in assets/sounds.
"""
