"""``main.py scale`` and ``main.py scale-sim`` as a technician runs them:
two processes on the two ends of a real pty pair."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from app.devices.scales.link import LinkState, LinkStatus
from app.devices.scales.monitor import JsonLinesListener, port_lines
from app.devices.scales.stability import JudgedState, StableWeight, StateChanged
from tests.pty_pair import pty_pair

ROOT = Path(__file__).resolve().parents[4]


def main_py(*args: str, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "WAREHOUSE_STATION_HOME": str(home)},
        cwd=ROOT,
    )


def test_scale_command_prints_json_lines_from_a_simulated_scale_on_a_pty(
    tmp_path: Path, station_home: Path
) -> None:
    with pty_pair(tmp_path) as pair:
        sim = main_py(
            "scale-sim",
            "--url",
            pair.a,
            "--protocol",
            "xk3190-tf0",
            "--seconds",
            "12",
            home=station_home,
        )
        watch = main_py(
            "scale",
            "--url",
            pair.b,
            "--protocol",
            "xk3190-tf0",
            "--seconds",
            "9",
            home=station_home,
        )
        out, err = watch.communicate(timeout=60)
        sim.kill()
        sim.communicate()
    assert watch.returncode == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert all({"event", "state", "grams"} <= set(r) for r in records)
    assert records[0]["event"] == "link" and records[0]["state"] == "connecting"
    assert {"event": "link", "state": "connected"}.items() <= records[1].items()
    stable = [r for r in records if r["event"] == "stable"]
    assert stable and stable[0]["grams"] == 1234  # the demo script's first parcel
    assert any(r["state"] == "empty" for r in records)


def test_unknown_protocol_is_a_usage_error(station_home: Path) -> None:
    process = main_py("scale", "--protocol", "bizerba", home=station_home)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "bizerba" in err


def test_port_that_cannot_open_is_reported(station_home: Path, tmp_path: Path) -> None:
    process = main_py(
        "scale-sim", "--url", str(tmp_path / "nothing"), "--protocol", "cas", home=station_home
    )
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "error (device)" in err and "Traceback" not in err


def test_json_listener_lines() -> None:
    out = io.StringIO()
    listener = JsonLinesListener(out)
    listener.on_link(LinkStatus(LinkState.DISCONNECTED, "/dev/ttyUSB0", "no data", 3))
    listener.on_event(StateChanged(JudgedState.MOVING, 512))
    listener.on_event(StableWeight(1500))
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["state"] == "disconnected" and lines[0]["detail"] == "no data"
    assert lines[0]["dropped_frames"] == 3
    assert (lines[1]["state"], lines[1]["grams"]) == ("moving", 512)
    assert (lines[2]["event"], lines[2]["grams"]) == ("stable", 1500)


def test_port_list_lines_name_each_device() -> None:
    for line in port_lines():
        device, ids, _description = line.split("\t")
        assert device.startswith(("/dev/", "COM"))
        assert ids == "-" or len(ids) == 9
