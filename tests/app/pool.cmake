# SPDX-License-Identifier: GPL-3.0-or-later
# tessera-cli's pool command, run as the real executable. Included from tests/app/CMakeLists.txt.
tessera_add_test(tst_cli_pool SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_pool.cpp LIBS tessera_core LABELS app pool)
target_compile_definitions(tst_cli_pool PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_pool tessera-cli)

# tessera-cli pool signin against the local engine, with a vault for TOTP codes.
tessera_add_test(tst_cli_signin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_signin.cpp LABELS app pool)
target_compile_definitions(tst_cli_signin PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_signin tessera-cli)

# tessera-cli pool --backend cognito against cognito-local (installed under <build>/peers and
# started on a free 127.0.0.1 port), beside the local engine.
tessera_add_test(tst_cli_cognito SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_cognito.cpp LABELS app pool cognito integration)
target_include_directories(tst_cli_cognito PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/pool/cognito)
target_link_libraries(tst_cli_cognito PRIVATE Qt6::Network)
target_compile_definitions(tst_cli_cognito PRIVATE
    TESSERA_CLI="$<TARGET_FILE:tessera-cli>"
    TESSERA_TOOLS="${PROJECT_SOURCE_DIR}/tests/tools"
    TESSERA_PEERS_DIR="${CMAKE_BINARY_DIR}/peers")
add_dependencies(tst_cli_cognito tessera-cli)
set_tests_properties(tst_cli_cognito PROPERTIES TIMEOUT 600)

# tessera-cli pool serve, driven by real AWS clients started by the test on a free loopback
# port: the AWS CLI (awscli), boto3 (python3-boto3 with pyotp and PyJWT) and
# amazon-cognito-identity-js and the AWS SDK for JavaScript v3 (npm, under <build>/peers). They skip when the client is missing,
# and fail instead under TESSERA_REQUIRE_PEERS=1.
foreach(test tst_serve_awscli tst_serve_boto3 tst_serve_cognito_identity_js tst_serve_aws_sdk_js)
    tessera_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp LABELS app pool serve integration)
    target_include_directories(${test} PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/pool/cognito)
    target_link_libraries(${test} PRIVATE Qt6::Network)
    target_compile_definitions(${test} PRIVATE
        TESSERA_CLI="$<TARGET_FILE:tessera-cli>"
        TESSERA_TOOLS="${PROJECT_SOURCE_DIR}/tests/tools"
        TESSERA_PEERS_DIR="${CMAKE_BINARY_DIR}/peers")
    add_dependencies(${test} tessera-cli)
    set_tests_properties(${test} PROPERTIES TIMEOUT 600)
endforeach()

# tessera-cli pool signin --auth-flow USER_SRP_AUTH, on a local store and through the Cognito
# backend against pool serve.
tessera_add_test(tst_cli_signin_srp SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_signin_srp.cpp LABELS app pool srp serve)
target_compile_definitions(tst_cli_signin_srp PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_signin_srp tessera-cli)
