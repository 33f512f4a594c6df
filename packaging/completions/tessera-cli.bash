# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for tessera-cli: commands, their options and file arguments.
_tessera_cli()
{
    local cur prev words cword
    _init_completion || return

    local global_opts="--help --version --vault --password-file"
    local commands="create add list code remove passwd show-uri parse import export scan pool help"
    local pool_ops="outbox signin serve export-config AdminCreateUser AdminDeleteUser AdminDisableUser AdminEnableUser
        AdminForgetDevice AdminGetUser AdminInitiateAuth AdminListDevices
        AdminListUserAuthEvents AdminResetUserPassword AdminRespondToAuthChallenge
        AdminSetUserMFAPreference AdminSetUserPassword AdminUpdateUserAttributes
        AssociateSoftwareToken CreateUserPool CreateUserPoolClient DeleteUserPool
        DescribeRiskConfiguration DescribeUserPool DescribeUserPoolClient GetUserPoolMfaConfig
        InitiateAuth ListUserPoolClients ListUserPools ListUsers RespondToAuthChallenge
        SetRiskConfiguration SetUserMFAPreference SetUserPoolMfaConfig UpdateUserPool
        VerifySoftwareToken
        ConfirmDevice UpdateDeviceStatus AdminUpdateDeviceStatus"
    local pool_opts="--cli-input-json --compact --store --backend --profile --region --endpoint-url
        --host --port --access-key --secret-key-file --max-connections --auth-flow --format --output"
    local signin_opts="--pool-id --client-id --username --user-password-file --entry --new-password-file
        --trace --remember-device --device-file"

    case $prev in
        --vault | --password-file | --new-password-file | --source-password-file | \
        --export-password-file | --output | --store | --user-password-file | --device-file)
            _filedir
            return
            ;;
        --format)
            local i
            for ((i = 1; i < cword; i++)); do
                if [[ ${words[i]} == export ]]; then
                    COMPREPLY=($(compgen -W "tessera aegis uri-list google-migration" -- "$cur"))
                    return
                fi
            done
            return
            ;;
        --backend)
            COMPREPLY=($(compgen -W "cognito" -- "$cur"))
            return
            ;;
        --cli-input-json)
            COMPREPLY=($(compgen -W "file://" -- "$cur"))
            compopt -o nospace
            return
            ;;
        --at | --pool-id | --client-id | --username | --entry | --profile | --region | \
        --endpoint-url | --uri)
            return
            ;;
    esac

    local command="" subcommand="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --vault | --password-file) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ -z $subcommand ]]; then
                    subcommand=${words[i]}
                fi
                ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global_opts" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    case $command in
        code) COMPREPLY=($(compgen -W "--at --uri" -- "$cur")) ;;
        passwd) COMPREPLY=($(compgen -W "--new-password-file" -- "$cur")) ;;
        import)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--format --source-password-file --dry-run" -- "$cur"))
            else
                _filedir
            fi
            ;;
        export)
            COMPREPLY=($(compgen -W "--format --output --export-password-file --plain" -- "$cur"))
            ;;
        scan) _filedir ;;
        pool)
            if [[ -z $subcommand ]]; then
                if [[ $cur == -* ]]; then
                    COMPREPLY=($(compgen -W "$pool_opts" -- "$cur"))
                else
                    COMPREPLY=($(compgen -W "$pool_ops" -- "$cur"))
                fi
            elif [[ $subcommand == signin ]]; then
                COMPREPLY=($(compgen -W "$signin_opts $pool_opts" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$pool_opts" -- "$cur"))
            fi
            ;;
    esac
} &&
    complete -F _tessera_cli tessera-cli
