"""Invent the numbers and keys used in the held-out drafts (run once; output pasted/written by hand).

    .venv/bin/python -m tests.checker.heldout.gen_values            # print candidate values
    .venv/bin/python -m tests.checker.heldout.gen_values --keys     # rewrite keys.py (PEM / OpenSSH blocks)

Why a script: realistic checkers validate what they find (Luhn, IBAN mod-97, SSA rules, token
shapes), so a held-out set made of merely number-shaped strings would test the wrong thing. Every
value here is random from a fixed seed, checked with the same rules the self-check uses, and was
copied into the hand-written drafts. Nothing is a real account: cards and IBANs are random digits
with correct check digits, tokens are random strings in the issuers' published shapes, and the
private keys are freshly generated (pure Python, no crypto library) and never used anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import sys
import zlib
from pathlib import Path

RNG = random.Random(777013)
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HERE = Path(__file__).resolve().parent


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(RNG.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the check digit's left neighbour
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    """French RIB key (the BBAN's own check digits)."""
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.translate(conv))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def nl_account() -> str:
    """Ten digits passing the Dutch 11-test (elfproef)."""
    while True:
        d = [RNG.randint(0, 9) for _ in range(10)]
        if d[0] and sum((10 - i) * x for i, x in enumerate(d)) % 11 == 0:
            return "".join(map(str, d))


def es_dc(bank: str, branch: str, account: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds: str) -> str:
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(ds)) % 11
        return str({10: 1, 11: 0}.get(v, v))

    return one("00" + bank + branch) + one(account)


def ssn() -> str:
    while True:
        area = RNG.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ghp() -> str:
    """Classic GitHub token: 30 random base62 characters + CRC32 of them in base62 (6 chars)."""
    body = rand(B62, 30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)


def tokens() -> dict[str, str]:
    alnum = string.ascii_letters + string.digits
    return {
        "slack_bot": f"xoxb-{rand(string.digits, 12)}-{rand(string.digits, 13)}-{rand(alnum, 24)}",
        "slack_user": f"xoxp-{rand(string.digits, 12)}-{rand(string.digits, 12)}-{rand(string.digits, 13)}-"
                      f"{rand('0123456789abcdef', 32)}",
        "github_classic": ghp(),
        "github_fine": f"github_pat_11{rand(string.ascii_uppercase + string.digits, 20)}_{rand(alnum, 59)}",
        "aws_key": "AKIA" + rand(string.ascii_uppercase + "234567", 16),
        "aws_secret": rand(alnum + "/+", 40),
        "google": "AIza" + rand(alnum + "_-", 35),
        "stripe_short": "sk_live_" + rand(alnum, 24),
        "stripe_long": "sk_live_51" + rand(alnum, 97),
        "gitlab": "glpat-" + rand(alnum + "_-", 20),
        "npm": "npm_" + rand(alnum, 36),
        "slack_hook": f"https://hooks.slack.com/services/T{rand(string.ascii_uppercase + string.digits, 10)}/"
                      f"B{rand(string.ascii_uppercase + string.digits, 10)}/{rand(alnum, 24)}",
    }


# --- private keys, pure Python -------------------------------------------------------------

def _is_probable_prime(n: int) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(40):
        x = pow(RNG.randrange(2, n - 1), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int) -> int:
    while True:
        c = RNG.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if (c - 1) % 65537 and _is_probable_prime(c):
            return c


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v: int) -> bytes:
    raw = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, raw)


def _pem(label: str, der: bytes) -> str:
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_pkcs1(bits: int = 1024) -> str:
    e = 65537
    p, q = _prime(bits // 2), _prime(bits // 2)
    n, phi = p * q, (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    seq = b"".join(_der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)))
    return _pem("RSA PRIVATE KEY", _der(0x30, seq))


# NIST P-256
_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
_A = _P - 3
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    if a == b:
        lam = (3 * a[0] * a[0] + _A) * pow(2 * a[1], -1, _P) % _P
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return x, (lam * (a[0] - x) - a[1]) % _P


def _ec_mul(k: int, pt: tuple[int, int]) -> tuple[int, int]:
    acc: tuple[int, int] | None = None
    add: tuple[int, int] | None = pt
    while k:
        if k & 1:
            acc = _ec_add(acc, add)
        add = _ec_add(add, add)
        k >>= 1
    assert acc is not None
    return acc


_OID_P256 = bytes.fromhex("06082a8648ce3d030107")
_OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")


def ec_sec1() -> tuple[str, bytes]:
    k = RNG.randrange(1, _N)
    x, y = _ec_mul(k, _G)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    body = (_der_int(1) + _der(0x04, k.to_bytes(32, "big")) + _der(0xA0, _OID_P256)
            + _der(0xA1, _der(0x03, b"\x00" + pub)))
    der = _der(0x30, body)
    return _pem("EC PRIVATE KEY", der), der


def pkcs8_from_sec1(sec1_der: bytes) -> str:
    alg = _der(0x30, _OID_ECPUB + _OID_P256)
    return _pem("PRIVATE KEY", _der(0x30, _der_int(0) + alg + _der(0x04, sec1_der)))


# Ed25519 (RFC 8032), only what is needed to derive a public key
_q = 2**255 - 19
_d = -121665 * pow(121666, -1, _q) % _q
_I = pow(2, (_q - 1) // 4, _q)


def _xrecover(y: int) -> int:
    xx = (y * y - 1) * pow(_d * y * y + 1, -1, _q)
    x = pow(xx, (_q + 3) // 8, _q)
    if (x * x - xx) % _q:
        x = x * _I % _q
    return _q - x if x % 2 else x


_By = 4 * pow(5, -1, _q) % _q
_B = (_xrecover(_By), _By)


def _ed_add(p: tuple[int, int], r: tuple[int, int]) -> tuple[int, int]:
    x1, y1 = p
    x2, y2 = r
    t = _d * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _q) % _q, (y1 * y2 + x1 * x2) * pow(1 - t, -1, _q) % _q)


def _ed_mul(k: int, p: tuple[int, int]) -> tuple[int, int]:
    acc, add = (0, 1), p
    while k:
        if k & 1:
            acc = _ed_add(acc, add)
        add = _ed_add(add, add)
        k >>= 1
    return acc


def openssh_ed25519(comment: str) -> str:
    seed = bytes(RNG.getrandbits(8) for _ in range(32))
    h = hashlib.sha512(seed).digest()
    a = 2**254 + sum(2**i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
    x, y = _ed_mul(a, _B)
    pub = (y | ((x & 1) << 255)).to_bytes(32, "little")

    def s(b: bytes) -> bytes:
        return len(b).to_bytes(4, "big") + b

    pub_blob = s(b"ssh-ed25519") + s(pub)
    check = RNG.getrandbits(32).to_bytes(4, "big")
    priv = check + check + pub_blob + s(seed + pub) + s(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + (1).to_bytes(4, "big") + s(pub_blob) + s(priv)
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ec_public_spki() -> str:
    """A public key (PEM SubjectPublicKeyInfo): safe to publish, used in a clean draft."""
    x, y = _ec_mul(RNG.randrange(1, _N), _G)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    alg = _der(0x30, _OID_ECPUB + _OID_P256)
    return _pem("PUBLIC KEY", _der(0x30, alg + _der(0x03, b"\x00" + pub)))


def openssh_public(comment: str) -> str:
    """An OpenSSH public key line (ssh-ed25519 AAAA... comment): public by design."""
    seed = bytes(RNG.getrandbits(8) for _ in range(32))
    h = hashlib.sha512(seed).digest()
    a = 2**254 + sum(2**i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
    x, y = _ed_mul(a, _B)
    pub = (y | ((x & 1) << 255)).to_bytes(32, "little")
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + pub
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def write_keys(out_dir: Path = HERE,
               title: str = "Private-key blocks for the held-out drafts, generated by gen_values.py --keys "
                            "(never used anywhere).",
               ssh_comments: tuple[str, str] = ("deploy@acme-build-07", "ci@acme-runner-3"),
               ec_public: bool = True) -> None:
    """Write out_dir/keys.py: RSA, EC (SEC1 and PKCS#8) and OpenSSH private-key blocks and an SSH public key,
    from RNG. Every later set writes its keys.py here with its own folder, docstring title and key comments
    (and without the first set's EC public key), keeping its draws in the same order."""
    rsa = rsa_pkcs1(1024)
    ec, _ = ec_sec1()
    p8 = pkcs8_from_sec1(ec_sec1()[1])
    ssh = openssh_ed25519(ssh_comments[0])
    blocks = [("RSA_PKCS1", rsa), ("EC_SEC1", ec), ("PKCS8_EC", p8), ("OPENSSH_ED25519", ssh)]
    if ec_public:
        blocks.append(("EC_PUBLIC", ec_public_spki()))
    blocks.append(("SSH_PUBLIC", openssh_public(ssh_comments[1])))
    out = ["# ruff: noqa: E501", f'"""{title}"""', ""]
    for name, value in blocks:
        out += [f"{name} = {value!r}", ""]
    (out_dir / "keys.py").write_text("\n".join(out), encoding="utf-8")


def main() -> None:
    if "--keys" in sys.argv:
        write_keys()
        print("wrote keys.py")
        return
    cards = {
        "visa16": [luhn_complete("4", 16) for _ in range(8)],
        "visa19": [luhn_complete("4", 19) for _ in range(2)],
        "mc5x": [luhn_complete(str(RNG.randint(51, 55)), 16) for _ in range(5)],
        "mc2x": [luhn_complete(str(RNG.randint(2221, 2720)), 16) for _ in range(3)],
        "amex": [luhn_complete(RNG.choice(["34", "37"]), 15) for _ in range(4)],
        "discover": [luhn_complete(p, 16) for p in ("6011", "65", "644", "6011")],
        "jcb": [luhn_complete(str(RNG.randint(3528, 3589)), 16) for _ in range(2)],
        "diners": [luhn_complete("36", 14) for _ in range(2)],
        "unionpay19": [luhn_complete("62", 19) for _ in range(2)],
        "maestro": [luhn_complete("6759", 16)],
    }
    for k, v in cards.items():
        print(k, v)
    ibans = []
    for bank in ("BARC", "NWBK", "LOYD", "HBUK", "MIDL"):
        ibans.append(iban("GB", bank + rand(string.digits, 6) + rand(string.digits, 8)))
    for blz in ("50010517", "10070000", "76026000", "20041133"):
        ibans.append(iban("DE", blz + rand(string.digits, 10)))
    for bank in ("INGB", "ABNA", "RABO"):
        ibans.append(iban("NL", bank + nl_account()))
    for bank, branch in (("30004", "00823"), ("20041", "01005")):
        acc = rand(string.digits, 11)
        ibans.append(iban("FR", bank + branch + acc + rib_key(bank, branch, acc)))
    for bank, branch in (("2100", "0418"), ("0049", "1500")):
        acc = rand(string.digits, 10)
        ibans.append(iban("ES", bank + branch + es_dc(bank, branch, acc) + acc))
    for bic in ("AIBK", "BOFI"):
        ibans.append(iban("IE", bic + rand(string.digits, 6) + rand(string.digits, 8)))
    print("ibans", ibans)
    print("ssns", [ssn() for _ in range(12)])
    for name, token in tokens().items():
        print(name, token)
    print("more", [tokens() for _ in range(2)])


if __name__ == "__main__":
    main()
