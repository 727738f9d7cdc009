"""Times (time.monotonic()) noted by the launcher's hooks and read by the probe, in one child."""

times: dict[str, float] = {}
