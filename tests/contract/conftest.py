"""Contract fixtures: a recording sandbox on a socket, the official SDK, FastPix's OpenAPI spec.

The spec is read from ``<project root>/../shared/fastpix/openapi-fastpix-python.yaml`` (or the
FASTPIX_OPENAPI_SPEC env var) and never copied into this repository.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    SandboxResponse,
    start_server_in_thread,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = PROJECT_ROOT.parent / "shared" / "fastpix" / "openapi-fastpix-python.yaml"
SPEC_URI = "urn:fastpix:openapi"


# --------------------------------------------------------------------------- recording sandbox


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    status: int
    body: bytes


class RecordingApi(SandboxApi):
    """A SandboxApi that keeps every answer it gives, so tests can check them all afterwards."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.exchanges: list[Exchange] = []

    def handle(
        self,
        method: str,
        path: str,
        query: str | Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> SandboxResponse:
        response = super().handle(method, path, query, headers, body)
        self.exchanges.append(
            Exchange(method.upper(), path.partition("?")[0], response.status, response.body)
        )
        return response


@pytest.fixture
def recording_api() -> RecordingApi:
    return RecordingApi(seed=2026)


@pytest.fixture
def sandbox(recording_api: RecordingApi) -> Iterator[RunningSandbox]:
    with start_server_in_thread(recording_api) as server:
        yield server


@pytest.fixture
def fastpix(sandbox: RunningSandbox) -> Any:
    """The official SDK pointed at the sandbox over HTTP, without its hour-long default retries."""
    from fastpix_python import Fastpix, models

    return Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=sandbox.url,
        retry_config=None,  # docs/fastpix-api.md#official-sdk-retries: up to an hour
        timeout_ms=5000,
    )


# --------------------------------------------------------------------------- the OpenAPI spec


def _spec_path() -> Path:
    override = os.environ.get("FASTPIX_OPENAPI_SPEC")
    return Path(override) if override else DEFAULT_SPEC


@pytest.fixture(scope="session")
def openapi_spec() -> dict[str, Any]:
    import yaml

    path = _spec_path()
    if not path.is_file():
        reason = f"FastPix OpenAPI spec not found at {path} (set FASTPIX_OPENAPI_SPEC)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + "; CI must run the contract tests")
        pytest.skip(reason)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


class SpecChecker:
    """Finds the spec's response schema for a request and validates bodies against it."""

    # 422 bodies carry error.fields (Ruby-era spec FastPix/fastpix-ruby fastpixapi.yaml, and what
    # SDK 1.2.0's ValidationErrorResponse parses); the current spec folds all errors into
    # Default-Error without it. Every other key must be declared by the spec.
    ALLOWED_UNDECLARED = frozenset({"error.fields"})

    # Where FastPix's production answers contradict this spec copy, the sandbox follows
    # production and only that exact complaint is forgiven: (last field name, validator message)
    # -> the evidence. Captured answers: FastPix/node-sdk tests/artifacts*/ (docs/
    # sandbox-fidelity.md). test_contract_production.py proves each entry is still needed.
    PRODUCTION_OVER_SPEC = {
        ("maxDuration", "0 is less than the minimum of 60"): (
            "production sends maxDuration 0 (no enforced maximum) on every captured stream: "
            "get-live-stream-by-id.api.json, get-all-streams.api.json, create-new-stream.raw.json"
        ),
    }

    def __init__(self, spec: dict[str, Any]) -> None:
        from openapi_schema_validator import OAS30Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4

        self.spec = spec
        self._validator_class = OAS30Validator
        self._registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT4)
        )
        self._paths = [
            (re.compile("^" + re.sub(r"\{[^/]+\}", "[^/]+", template) + "$"), template)
            for template in spec["paths"]
        ]

    # ------------------------------------------------------------------ lookup

    def operation(self, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
        """(path template, operation) for a concrete /v1 path, or None if the spec lacks it."""
        relative = path.removeprefix("/v1").rstrip("/") or "/"
        for pattern, template in self._paths:
            if pattern.match(relative):
                operation = self.spec["paths"][template].get(method.lower())
                return (template, operation) if operation else None
        return None

    def response_pointer(self, method: str, path: str, status: int) -> str:
        found = self.operation(method, path)
        if found is None:
            return "/components/schemas/Default-Error"
        template, operation = found
        key = str(status) if str(status) in operation["responses"] else "default"
        escaped = template.replace("~", "~0").replace("/", "~1")
        return f"/paths/{escaped}/{method.lower()}/responses/{key}/content/application~1json/schema"

    def declared_success_statuses(self, method: str, path: str) -> set[int]:
        found = self.operation(method, path)
        assert found is not None, f"{method} {path} is not in the spec"
        return {int(code) for code in found[1]["responses"] if code.isdigit()}

    # ------------------------------------------------------------------ checks

    def errors(self, pointer: str, instance: Any) -> list[str]:
        validator = self._validator_class(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=self._registry,
            format_checker=self._validator_class.FORMAT_CHECKER,
        )
        problems = [
            f"{'.'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(instance)
            if not self._production_over_spec(e)
        ]
        problems += [
            f"{name}: not declared in the spec"
            for name in self._undeclared(self._at(pointer), instance, "")
            if name not in self.ALLOWED_UNDECLARED
        ]
        return problems

    def exchange_problems(
        self,
        exchanges: Iterable[Exchange],
        *,
        forgive: Callable[[Exchange, str], bool] | None = None,
    ) -> dict[str, list[str]]:
        """Each answer against its response schema, and each success's status against those its
        operation declares: {"METHOD path -> status": problems}, empty when all conform.
        ``forgive(exchange, problem)`` drops a schema complaint the caller knows of."""
        problems: dict[str, list[str]] = {}
        for exchange in exchanges:
            pointer = self.response_pointer(exchange.method, exchange.path, exchange.status)
            found = self.errors(pointer, json.loads(exchange.body))
            if forgive is not None:
                found = [problem for problem in found if not forgive(exchange, problem)]
            if 200 <= exchange.status < 300:
                declared = self.declared_success_statuses(exchange.method, exchange.path)
                if exchange.status not in declared:
                    found.append(
                        f"status {exchange.status} but the spec declares {sorted(declared)}"
                    )
            if found:
                problems[f"{exchange.method} {exchange.path} -> {exchange.status}"] = found
        return problems

    def succeeded_operations(self, exchanges: Iterable[Exchange]) -> set[tuple[str, str | None]]:
        """(method, spec path template) of every exchange answered with a success; the template
        is None where the spec has no such operation."""
        found: set[tuple[str, str | None]] = set()
        for exchange in exchanges:
            if exchange.status < 300:
                operation = self.operation(exchange.method, exchange.path)
                found.add((exchange.method, operation[0] if operation else None))
        return found

    def _production_over_spec(self, error: Any) -> bool:
        path = list(error.absolute_path)
        name = str(path[-1]) if path else ""
        return (name, error.message) in self.PRODUCTION_OVER_SPEC

    def _at(self, pointer: str) -> Any:
        node: Any = self.spec
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self._at(schema["$ref"].removeprefix("#"))
        return schema

    def _undeclared(self, schema: Any, instance: Any, prefix: str) -> list[str]:
        """Keys present in ``instance`` that the (resolved) schema does not declare."""
        schema = self._resolve(schema)
        if not isinstance(schema, dict):
            return []
        found: list[str] = []
        if isinstance(instance, dict):
            properties = schema.get("properties")
            extra = schema.get("additionalProperties")
            for key, value in instance.items():
                name = f"{prefix}{key}"
                if properties is not None and key in properties:
                    found += self._undeclared(properties[key], value, name + ".")
                elif isinstance(extra, dict):
                    found += self._undeclared(extra, value, name + ".")
                elif properties is not None and extra is None:
                    found.append(name)
        elif isinstance(instance, list) and "items" in schema:
            for item in instance:
                found += self._undeclared(schema["items"], item, prefix)
        return sorted(set(found))


@pytest.fixture(scope="session")
def spec_checker(openapi_spec: dict[str, Any]) -> SpecChecker:
    return SpecChecker(openapi_spec)
