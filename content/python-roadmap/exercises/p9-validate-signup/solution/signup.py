# Validating a JSON body before using it.
from typing import Any


def validate_signup(body: Any) -> tuple[int, dict[str, Any]]:
    if not isinstance(body, dict):
        return 400, {"error": "body must be a JSON object"}
    username = body.get("username")
    if not isinstance(username, str):
        return 400, {"error": "username must be a string"}
    username = username.strip()
    if not 3 <= len(username) <= 20:
        return 400, {"error": "username must be 3 to 20 characters"}
    if not all(char.isalnum() or char == "_" for char in username):
        return 400, {"error": "username may only use letters, digits and _"}
    age = body.get("age")
    if not isinstance(age, int) or isinstance(age, bool):
        return 400, {"error": "age must be a whole number"}
    if not 13 <= age <= 130:
        return 400, {"error": "age must be from 13 to 130"}
    return 201, {"username": username.lower(), "age": age}


if __name__ == "__main__":
    print(validate_signup({"username": "  Ada_L ", "age": 36}))
    print(validate_signup({"username": "ad", "age": 36}))
    print(validate_signup([1, 2]))
