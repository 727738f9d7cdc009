"""The Qt-free core: FastPix client, OBS controller, secret store and use cases, plain asyncio."""
