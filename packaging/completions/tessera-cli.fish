# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for tessera-cli: commands, their options and file arguments.
set -l commands create add list code remove passwd show-uri parse import export scan pool help
set -l pool_ops outbox signin serve export-config AdminCreateUser AdminDeleteUser AdminDisableUser AdminEnableUser \
    AdminForgetDevice AdminGetUser AdminInitiateAuth AdminListDevices AdminListUserAuthEvents \
    AdminResetUserPassword AdminRespondToAuthChallenge AdminSetUserMFAPreference \
    AdminSetUserPassword AdminUpdateUserAttributes AssociateSoftwareToken CreateUserPool \
    CreateUserPoolClient DeleteUserPool DescribeRiskConfiguration DescribeUserPool \
    DescribeUserPoolClient GetUserPoolMfaConfig InitiateAuth ListUserPoolClients ListUserPools \
    ListUsers RespondToAuthChallenge SetRiskConfiguration SetUserMFAPreference \
    SetUserPoolMfaConfig UpdateUserPool VerifySoftwareToken \
    ConfirmDevice UpdateDeviceStatus AdminUpdateDeviceStatus
    DeleteUserPool SetUserPoolMfaConfig GetUserPoolMfaConfig CreateUserPoolClient \
    ListUserPoolClients AdminCreateUser AdminGetUser AdminDeleteUser ListUsers \
    AdminSetUserPassword AdminSetUserMFAPreference AdminUpdateUserAttributes InitiateAuth \
    RespondToAuthChallenge AssociateSoftwareToken VerifySoftwareToken

complete -c tessera-cli -f
complete -c tessera-cli -s h -l help -d 'Show help'
complete -c tessera-cli -l version -d 'Show the version'
complete -c tessera-cli -l vault -r -F -d 'The vault file'
complete -c tessera-cli -l password-file -r -F -d 'File whose first line is the password'

complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a create -d 'Create a new, empty vault'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a add -d 'Add otpauth:// URIs (- reads standard input)'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the entries as JSON lines'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a code -d "Print an entry's code"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a remove -d 'Remove an entry'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a passwd -d "Change the vault's password"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a show-uri -d "Print an entry's otpauth:// URI"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a parse -d "Print a URI's fields as JSON"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a import -d "Import other apps' exports or QR images"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a export -d 'Write every entry to a file'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a scan -d 'Read the QR codes in images'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a pool -d 'Run a Cognito operation on a pool'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show help'

complete -c tessera-cli -n '__fish_seen_subcommand_from code' -l at -x -d 'UNIX time in seconds'
complete -c tessera-cli -n '__fish_seen_subcommand_from code' -l uri -x -d 'otpauth:// URI, or - for standard input'
complete -c tessera-cli -n '__fish_seen_subcommand_from passwd' -l new-password-file -r -F -d 'The new password file'
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -F
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l format -x -d 'The source format'
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l source-password-file -r -F -d "The export's password file"
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l dry-run -d 'Report without adding'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l format -x -a 'tessera aegis uri-list google-migration' -d 'The format'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l output -r -F -d 'The file to write'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l export-password-file -r -F -d "The export's password file"
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l plain -d 'Allow an unencrypted export'
complete -c tessera-cli -n '__fish_seen_subcommand_from scan' -F

complete -c tessera-cli -n "__fish_seen_subcommand_from pool; and not __fish_seen_subcommand_from $pool_ops" -a "$pool_ops"
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l cli-input-json -x -d 'Request body: file://PATH or JSON'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l compact -d 'Print compact JSON'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l store -r -F -d 'The local pool store'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l backend -x -a cognito -d 'The backend'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l profile -x -d 'AWS profile'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l region -x -d 'AWS region'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l endpoint-url -x -d 'Cognito-compatible endpoint'
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l pool-id -x -d 'Pool id'
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l client-id -x -d 'App client id'
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l username -x -d 'User name'
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l user-password-file -r -F -d "The user's password file"
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l entry -x -d 'Vault entry for TOTP'
complete -c tessera-cli -n '__fish_seen_subcommand_from signin' -l new-password-file -r -F -d 'A new password file'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l host -x -d 'serve: the address to listen on'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l port -x -d 'serve: the port'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l access-key -x -d 'serve: the one access key accepted'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l secret-key-file -r -F -d 'serve: file holding its secret'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l max-connections -x -d 'serve: connections at once'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l auth-flow -x -a 'USER_PASSWORD_AUTH USER_SRP_AUTH' -d 'signin: the sign-in flow'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l trace -d 'signin: print the decision trace'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l remember-device -d 'signin: have the pool remember this device'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l device-file -r -F -d 'signin: the remembered devices file'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l format -x -a 'cloudformation terraform cli-json' -d 'export-config: the format'
complete -c tessera-cli -n '__fish_seen_subcommand_from pool' -l output -r -F -d 'export-config: the file to write'
