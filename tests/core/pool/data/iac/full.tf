# MFA configuration of user pool customers (eu-west-1_Abc123), exported by Tessera.
# Not expressible in this format, set by hand:
#   TesseraPolicies.FederatedUserMfa = ENFORCE
#   TesseraPolicies.RememberDeviceDays = 30
resource "aws_cognito_user_pool" "pool" {
  name              = "customers"
  mfa_configuration = "ON"
  sms_authentication_message = "Your Acme code is {####}"

  software_token_mfa_configuration {
    enabled = true
  }

  sms_configuration {
    sns_caller_arn = "arn:aws:iam::123456789012:role/acme-sns"
    external_id    = "acme-external"
    sns_region     = "eu-west-1"
  }

  email_mfa_configuration {
    message = "Your code is {####}"
    subject = "Your Acme code"
  }

  device_configuration {
    challenge_required_on_new_device      = true
    device_only_remembered_on_user_prompt = true
  }

  web_authn_configuration {
    relying_party_id  = "acme.example"
    user_verification = "preferred"
  }

  sign_in_policy {
    allowed_first_auth_factors = ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"]
  }
}

resource "aws_cognito_risk_configuration" "pool" {
  user_pool_id = aws_cognito_user_pool.pool.id

  account_takeover_risk_configuration {
    actions {
      low_action {
        event_action = "NO_ACTION"
        notify       = false
      }
      medium_action {
        event_action = "MFA_IF_CONFIGURED"
        notify       = false
      }
      high_action {
        event_action = "BLOCK"
        notify       = false
      }
    }
    # The AWS provider wants a notify_configuration block here (source_arn: an SES
    # identity); Cognito needs one only when an action notifies. Add one before applying.
  }

  risk_exception_configuration {
    blocked_ip_range_list = ["203.0.113.0/24"]
    skipped_ip_range_list = ["10.0.0.0/8", "2001:db8::/32"]
  }
}
