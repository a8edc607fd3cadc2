"""`drift()` and `python -m openai_table drift` on small synthetic OpenAPI descriptions."""

import json
import os
import subprocess
import sys

import pytest

from openai_table._drift import drift, main
from openai_table._table import Table, _read

TABLE = """
models:
  list:
    get: /models
    returns: Page[models.Model]
  retrieve:
    get: /models/{model}
    path: {model: str}
    returns: models.Model
things:
  create:
    post: /things
    query: {dry_run: bool}
    body:
      name: str!
      size: int
    returns: models.Model
"""

MODEL = {"type": "object", "required": ["id"], "properties": {
    "id": {"type": "string"}, "object": {"type": "string"}, "created": {"type": "integer"}, "owned_by": {"type": "string"}}}


def spec(**changes):
    """A spec the table above matches exactly; `changes` edit it."""
    doc = {
        "openapi": "3.1.0",
        "components": {"schemas": {
            "Model": MODEL,
            "ThingRequest": {"allOf": [{"$ref": "#/components/schemas/Named"},
                                       {"type": "object", "properties": {"size": {"type": "integer"}}}]},
            "Named": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        }},
        "paths": {
            "/models": {"get": {"operationId": "listModels", "responses": {"200": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {"object": {}, "data": {"type": "array", "items": {"$ref": "#/components/schemas/Model"}}}}}}}}}},
            "/models/{id}": {"parameters": [{"name": "id", "in": "path", "required": True}],
                             "get": {"operationId": "retrieveModel", "responses": {"200": {"content": {"application/json": {
                                 "schema": {"$ref": "#/components/schemas/Model"}}}}}}},
            "/things": {"post": {
                "operationId": "createThing",
                "parameters": [{"name": "dry_run", "in": "query", "required": False}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Model"}}}}}}},
        },
    }
    for change in changes.values():
        change(doc)
    return doc


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(TABLE)
    source, entries = _read(str(path))
    return Table(entries, (source,))


def test_no_drift(table):
    report = drift(spec(), table=table)
    assert not report, report.text()
    assert report.compared == 3
    assert report.verdict() == "No drift: 3 operations compared."


def test_operations_only_on_one_side(table):
    def more(doc):
        doc["paths"]["/widgets"] = {"get": {"operationId": "listWidgets"}, "post": {"operationId": "createWidget"}}
        doc["paths"]["/organization/users"] = {"get": {"operationId": "list-users"}}
        doc["paths"]["/models?beta=true"] = {"get": {"operationId": "beta_listModels"}}  # a variant, not another operation
        del doc["paths"]["/things"]
    report = drift(spec(more=more), table=table)
    assert [(d["method"], d["path"], d["admin"]) for d in report.missing_operations] == [
        ("GET", "/organization/users", True), ("GET", "/widgets", False), ("POST", "/widgets", False)]
    assert report.extra_operations == [{"entry": "things.create", "method": "POST", "path": "/things"}]
    assert report.compared == 2
    assert "3 in the spec but not the table (1 of them the Admin API" in report.verdict()


def test_params_and_required(table):
    def params(doc):
        op = doc["paths"]["/things"]["post"]
        op["parameters"] = [{"name": "include[]", "in": "query"}, {"name": "dry_run", "in": "query", "required": True}]
        schemas = doc["components"]["schemas"]
        schemas["ThingRequest"]["allOf"][1]["properties"] = {"colour": {"type": "string"}}
        schemas["ThingRequest"]["allOf"][1]["required"] = ["colour"]
    report = drift(spec(params=params), table=table)
    assert report.params_only_in_spec == [
        {"entry": "things.create", "param": "include", "location": "query", "required": False},
        {"entry": "things.create", "param": "colour", "location": "body", "required": True}]
    assert report.params_only_in_table == [{"entry": "things.create", "param": "size", "location": "body"}]
    assert report.required_differs == [{"entry": "things.create", "param": "dry_run", "spec": True, "table": False}]


def test_body_alternatives_and_multipart(table):
    def alternatives(doc):
        doc["paths"]["/things"]["post"]["requestBody"] = {"content": {"multipart/form-data": {"schema": {"oneOf": [
            {"type": "object", "required": ["name"], "properties": {"name": {}, "size": {}}},
            {"type": "object", "required": ["name", "size"], "properties": {"name": {}, "size": {}}}]}}}}
    report = drift(spec(alternatives=alternatives), table=table)
    assert not report, report.text()  # required only where every alternative requires it


def test_response_fields_the_models_lack(table):
    def fields(doc):
        doc["components"]["schemas"]["Model"] = {"allOf": [MODEL, {"type": "object", "properties": {"sparkle": {}, "id": {}}}]}
    report = drift(spec(fields=fields), table=table)
    assert [(d["entry"], d["model"], d["fields"]) for d in report.response_fields_missing] == [
        ("models.list", "models.Model", ["sparkle"]),       # a page: its items
        ("models.retrieve", "models.Model", ["sparkle"]),
        ("things.create", "models.Model", ["sparkle"])]
    assert "3 response fields missing from 3 models" in report.verdict()


def test_the_builtin_table_against_itself_is_compared_by_default(tmp_path):
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec()))
    report = drift(str(path))  # the built-in table: the synthetic spec's two /models operations match
    assert report.compared == 2
    assert any(d["entry"] == "files.create" for d in report.extra_operations)


def test_cli(tmp_path, capsys):
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec()))
    assert main([str(path), "--json"]) == 1  # the built-in table has far more than the spec
    out = json.loads(capsys.readouterr().out)
    assert out["operations_compared"] == 2 and out["counts"]["extra_operations"] > 100
    assert main([str(path)]) == 1
    assert capsys.readouterr().out.startswith("2 operations compared")


def test_python_m_openai_table(tmp_path):
    path = tmp_path / "spec.yaml"
    import yaml

    path.write_text(yaml.safe_dump(spec()))
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    run = subprocess.run([sys.executable, "-m", "openai_table", "drift", str(path), "--json"],
                         capture_output=True, text=True, cwd=root)
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["operations_compared"] == 2
    run = subprocess.run([sys.executable, "-m", "openai_table"], capture_output=True, text=True, cwd=root)
    assert run.returncode == 2 and "drift" in run.stderr
