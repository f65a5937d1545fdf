"""PKCE helpers for the OAuth authorization-code flow."""
import base64
import hashlib
import hmac
import secrets


def make_code_verifier() -> str:
    """A new random code_verifier: 43 URL-safe characters."""
    return secrets.token_urlsafe(32)


def code_challenge(verifier: str) -> str:
    """The S256 code_challenge: base64url of sha256(verifier), no padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def make_state() -> str:
    """A new random state value to send with the login redirect."""
    return secrets.token_urlsafe(16)


def state_matches(sent: str, received: str) -> bool:
    """True when the state that came back is the one we sent."""
    if sent == "" or received == "":
        return False
    return hmac.compare_digest(sent.encode("utf-8"), received.encode("utf-8"))


if __name__ == "__main__":
    verifier = make_code_verifier()
    print(verifier)
    print(code_challenge(verifier))
    state = make_state()
    print(state_matches(state, state))
    print(state_matches(state, make_state()))
