# MFA configuration of user pool minimal (local-1_Min), exported by Tessera.
resource "aws_cognito_user_pool" "pool" {
  name              = "minimal"
  mfa_configuration = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }
}
