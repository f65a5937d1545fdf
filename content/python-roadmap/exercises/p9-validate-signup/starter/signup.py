# Validating a JSON body before using it.
from typing import Any


def validate_signup(body: Any) -> tuple[int, dict[str, Any]]:
    # Check each rule in order; return 400 with the first problem.
    ...


if __name__ == "__main__":
    print(validate_signup({"username": "  Ada_L ", "age": 36}))
    print(validate_signup({"username": "ad", "age": 36}))
    print(validate_signup([1, 2]))
