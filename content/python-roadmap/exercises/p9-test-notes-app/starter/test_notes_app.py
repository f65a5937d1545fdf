# Integration tests for notes_app.py, written for pytest. Run them with F5.
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from notes_app import create_app


# Write the fixture `client` here: an app on a NEW database file in tmp_path,
# and its test client.


def test_no_notes_at_first(client: FlaskClient) -> None:
    response = client.get("/notes")
    assert response.status_code == 200
    assert response.get_json() == []


if __name__ == "__main__":
    pytest.main([__file__, "-v"])
