"""仓库工作站 Warehouse Station: start the station, or run a technician's command.

Wiring only: parse the arguments, then hand over to ``app.cli`` (commands,
no Qt) or ``ui.app`` (the station's window).
"""

from __future__ import annotations

import sys

from app.cli import build_parser, run_command


def main() -> int:
    args = build_parser().parse_args()
    if args.command is not None:
        return run_command(args)
    from ui.app import run_gui

    return run_gui(args.config, args.db)


if __name__ == "__main__":
    sys.exit(main())
