"""The Qt-free core, plain asyncio: shared modules at the top (errors, models, config, ports,
secrets, redact, i18n, blocking, surface) and one package per feature below (fastpix, obs,
golive, restore, destination, library, onair, signing, simulcast, startup, autostart,
updates)."""
