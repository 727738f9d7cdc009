"""FastPix's media endpoints the app uses, over the app's one FastPixClient: get a media, list
a stream's live clips, and ask for MP4 downloads (``update-mp4Support``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fastpix_desktop.core.recordings.media import MP4_CHOICES, Media, parse_media

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient

CLIPS_PAGE = 50
# A stream with more clips than this is listed in part (the newest); a server claiming more
# pages is not believed further.
MAX_CLIP_PAGES = 20
_MEDIA_NOT_FOUND = "that recording or clip"


def _segment(value: str) -> str:
    return quote(value, safe="")


class MediaApi:
    """Errors are core/errors.py's FastPix errors, worded by the client."""

    def __init__(self, client: FastPixClient) -> None:
        self._client = client

    async def _call(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        # The client's one request path (status mapping, redaction, deadlines) is reused.
        return await self._client._call(method, path, **options)

    async def get_media(self, media_id: str) -> Media:
        body = await self._call(
            "GET",
            f"/on-demand/{_segment(media_id)}",
            action="read the recording",
            not_found=_MEDIA_NOT_FOUND,
        )
        return parse_media(body.get("data"))

    async def list_live_clips(self, stream_id: str) -> list[Media]:
        """The stream's clips, newest first (every page up to a ceiling)."""
        clips: list[Media] = []
        page = 1
        while page <= MAX_CLIP_PAGES:
            body = await self._call(
                "GET",
                f"/on-demand/{_segment(stream_id)}/live-clips",
                params={"limit": CLIPS_PAGE, "offset": page, "orderBy": "desc"},
                action="list the stream's clips",
            )
            data = body.get("data")
            items = data if isinstance(data, list) else []
            for item in items:
                try:
                    clips.append(parse_media(item))
                except Exception:  # one unreadable clip does not hide the others
                    continue
            pagination = body.get("pagination")
            pages = pagination.get("offsetCount") if isinstance(pagination, dict) else None
            if not isinstance(pages, int) or page >= pages or not items:
                break
            page += 1
        return clips

    async def set_mp4_support(self, media_id: str, value: str = "capped_4k") -> Media:
        if value not in MP4_CHOICES:
            raise ValueError(f"mp4Support must be one of {', '.join(MP4_CHOICES)}")
        body = await self._call(
            "PATCH",
            f"/on-demand/{_segment(media_id)}/update-mp4Support",
            json={"mp4Support": value},
            action="make the recording downloadable",
            not_found=_MEDIA_NOT_FOUND,
        )
        return parse_media(body.get("data"))
