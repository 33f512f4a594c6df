#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""boto3 as a peer for tests/app/tst_serve_boto3.cpp: a sign-in with TOTP enrolment against
`tessera-cli pool serve`, the way an application using boto3 would do it.

Usage: serve_boto3.py ENDPOINT_URL   (keys and region from AWS_* variables)

Prints one JSON object per step on stdout: {"step": name, "ok": bool, "detail": ...}, and goes
on after a failed step where it can, so that the test reports every broken behaviour at once.
Exits 3 with {"error": ...} if boto3, pyotp or PyJWT cannot be imported (a missing peer).
Run it with /usr/bin/python3: that is where Debian's python3-boto3 lives.
"""

import json
import sys
import time

try:
    import boto3
    import botocore.exceptions
    import jwt
    import pyotp
except ImportError as missing:  # pragma: no cover - depends on the machine
    print(json.dumps({"error": str(missing)}))
    sys.exit(3)

PASSWORD = "Correct-horse-1"


def report(step, ok, detail=None):
    print(json.dumps({"step": step, "ok": bool(ok), "detail": detail}), flush=True)


def error_code(call):
    """The Cognito error name `call` fails with, or None if it succeeds."""
    try:
        call()
    except botocore.exceptions.ClientError as error:
        return error.response["Error"]["Code"], error.response["Error"]["Message"]
    return None, None


def wait_for_fresh_step(margin=10):
    """Leaves at least `margin` seconds of the current 30-second TOTP step, so that a code for
    the previous step and one for this step stay those steps while the calls run."""
    left = 30 - time.time() % 30
    if left < margin:
        time.sleep(left + 0.5)


def main():
    endpoint = sys.argv[1]
    idp = boto3.client("cognito-idp", endpoint_url=endpoint)

    pool_id = idp.create_user_pool(PoolName="boto3")["UserPool"]["Id"]
    idp.set_user_pool_mfa_config(UserPoolId=pool_id, MfaConfiguration="ON",
                                 SoftwareTokenMfaConfiguration={"Enabled": True})
    client_id = idp.create_user_pool_client(
        UserPoolId=pool_id, ClientName="app",
        ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    )["UserPoolClient"]["ClientId"]
    for name in ("tina", "dan"):
        idp.admin_create_user(UserPoolId=pool_id, Username=name, MessageAction="SUPPRESS",
                              UserAttributes=[{"Name": "email", "Value": name + "@example.com"}])
        idp.admin_set_user_password(UserPoolId=pool_id, Username=name, Password=PASSWORD,
                                    Permanent=True)
    report("setup", True, {"pool": pool_id})

    def sign_in(username):
        return idp.initiate_auth(ClientId=client_id, AuthFlow="USER_PASSWORD_AUTH",
                                 AuthParameters={"USERNAME": username, "PASSWORD": PASSWORD})

    # First sign-in: MFA is ON and tina has no factor, so she must set one up.
    first = sign_in("tina")
    report("mfa_setup_challenge", first.get("ChallengeName") == "MFA_SETUP",
           first.get("ChallengeName"))
    associated = idp.associate_software_token(Session=first["Session"])
    totp = pyotp.TOTP(associated["SecretCode"])
    report("associate_software_token", len(associated["SecretCode"]) >= 16,
           {"secret_length": len(associated["SecretCode"])})
    wait_for_fresh_step()
    now = time.time()
    verified = idp.verify_software_token(Session=associated["Session"],
                                         UserCode=totp.at(now - 30), FriendlyDeviceName="pyotp")
    report("verify_software_token", verified.get("Status") == "SUCCESS", verified.get("Status"))
    done = idp.respond_to_auth_challenge(ClientId=client_id, ChallengeName="MFA_SETUP",
                                         Session=verified["Session"],
                                         ChallengeResponses={"USERNAME": "tina"})
    tokens = done.get("AuthenticationResult", {})
    report("mfa_setup_signed_in", "IdToken" in tokens and "AccessToken" in tokens,
           sorted(tokens))

    # The ID token checks out against the keys the endpoint publishes, found through discovery.
    try:
        issuer = "%s/%s" % (endpoint.rstrip("/"), pool_id)
        keys = jwt.PyJWKClient(issuer + "/.well-known/jwks.json")
        claims = jwt.decode(tokens["IdToken"], keys.get_signing_key_from_jwt(tokens["IdToken"]).key,
                            algorithms=["RS256"], audience=client_id, issuer=issuer)
        report("id_token_verified", claims.get("cognito:username") == "tina",
               {"iss": claims.get("iss"), "token_use": claims.get("token_use")})
    except Exception as failure:  # any PyJWT or network failure is the finding
        report("id_token_verified", False, repr(failure))

    # Second sign-in: the factor is set up, so SOFTWARE_TOKEN_MFA, answered with this step's code.
    second = sign_in("tina")
    report("totp_challenge", second.get("ChallengeName") == "SOFTWARE_TOKEN_MFA",
           second.get("ChallengeName"))
    code = totp.at(now)
    answered = idp.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="SOFTWARE_TOKEN_MFA", Session=second["Session"],
        ChallengeResponses={"USERNAME": "tina", "SOFTWARE_TOKEN_MFA_CODE": code})
    report("totp_signed_in", "IdToken" in answered.get("AuthenticationResult", {}),
           sorted(answered.get("AuthenticationResult", {})))

    # The same code again, in a new sign-in: refused (RFC 6238 section 5.2) with the error AWS
    # gives, ExpiredCodeException "Your software token has already been used once."
    third = sign_in("tina")
    code_name, message = error_code(lambda: idp.respond_to_auth_challenge(
        ClientId=client_id, ChallengeName="SOFTWARE_TOKEN_MFA", Session=third["Session"],
        ChallengeResponses={"USERNAME": "tina", "SOFTWARE_TOKEN_MFA_CODE": code}))
    report("replayed_code_refused", code_name == "ExpiredCodeException",
           {"code": code_name, "message": message})

    # A disabled user cannot sign in, with the password or otherwise.
    idp.admin_disable_user(UserPoolId=pool_id, Username="dan")
    code_name, message = error_code(lambda: sign_in("dan"))
    report("disabled_user_refused",
           code_name == "NotAuthorizedException" and message == "User is disabled.",
           {"code": code_name, "message": message})

    # boto3's paginator over ListUsers, one user a page.
    pages = idp.get_paginator("list_users").paginate(UserPoolId=pool_id,
                                                     PaginationConfig={"PageSize": 1})
    names = [user["Username"] for page in pages for user in page["Users"]]
    report("list_users_paginator", sorted(names) == ["dan", "tina"], names)


if __name__ == "__main__":
    main()
