#!/usr/bin/env python3
"""Synthesises the demo programme's testimony: speech from espeak-ng, encoded as Ogg Vorbis, with a WebVTT
transcript whose cue times are the measured lengths of each spoken line.

Needs espeak-ng and oggenc (Debian: apt-get install espeak-ng vorbis-tools). Writes
  Sources/ThreadlineServices/Resources/demo/testimony-salford.ogg
  Sources/ThreadlineServices/Resources/demo/testimony-salford.vtt
and prints the recording's SHA-256, size and duration for the demo bundle.
"""
import hashlib
import os
import subprocess
import sys
import tempfile
import wave

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "ThreadlineWeb", "Resources", "demo")

# (speaker, espeak voice, line). The words are the project's own, written for the demo.
LINES = [
    ("Interviewer", "en-gb", "What changed when the leisure and youth teams started working together?"),
    ("Youth worker", "en-gb+f3", "At first we worked to different targets, and answered to different people."),
    ("Youth worker", "en-gb+f3", "The turning point was time spent together, not a new plan."),
    ("Youth worker", "en-gb+f3",
     "We got to know each other's skills, from running the centres to building trust with young people."),
    ("Interviewer", "en-gb", "What would you tell another place that is starting out?"),
    ("Youth worker", "en-gb+f3", "Give it time. Trust grows when partners see each other do what they said they would."),
]
PAUSE_MS = 400
RATE = 16000


def main():
    frames = []
    cues = []
    position_ms = 0
    with tempfile.TemporaryDirectory() as work:
        for index, (speaker, voice, text) in enumerate(LINES):
            path = os.path.join(work, f"line{index}.wav")
            subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", path, text], check=True)
            with wave.open(path) as source:
                if source.getnchannels() != 1 or source.getsampwidth() != 2:
                    sys.exit("espeak-ng gave an unexpected WAV format")
                rate = source.getframerate()
                data = source.readframes(source.getnframes())
            # Resample by simple decimation/repetition to one rate so the lines join cleanly.
            samples = [int.from_bytes(data[i:i + 2], "little", signed=True) for i in range(0, len(data), 2)]
            resampled = [samples[int(i * rate / RATE)] for i in range(int(len(samples) * RATE / rate))]
            length_ms = len(resampled) * 1000 // RATE
            cues.append((position_ms, position_ms + length_ms, speaker, text))
            frames.extend(resampled)
            silence = [0] * (RATE * PAUSE_MS // 1000)
            frames.extend(silence)
            position_ms += length_ms + PAUSE_MS
        joined = os.path.join(work, "joined.wav")
        with wave.open(joined, "wb") as target:
            target.setnchannels(1)
            target.setsampwidth(2)
            target.setframerate(RATE)
            target.writeframes(b"".join(s.to_bytes(2, "little", signed=True) for s in frames))
        ogg = os.path.join(OUT, "testimony-salford.ogg")
        subprocess.run(["oggenc", "-Q", "-q", "0", "-o", ogg, joined], check=True)

    def stamp(ms):
        return f"{ms // 60000:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"

    with open(os.path.join(OUT, "testimony-salford.vtt"), "w", encoding="utf-8") as vtt:
        vtt.write("WEBVTT\n\n")
        for start, end, speaker, text in cues:
            vtt.write(f"{stamp(start)} --> {stamp(end)}\n<v {speaker}>{text}\n\n")
    data = open(ogg, "rb").read()
    print("sha256", hashlib.sha256(data).hexdigest())
    print("bytes", len(data))
    print("duration_ms", position_ms - PAUSE_MS)
    for cue in cues:
        print(cue)


if __name__ == "__main__":
    main()
