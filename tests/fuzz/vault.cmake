# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz_vault_file: the vault header and payload parsers (core/vault is part of tessera_fuzz_core).
tessera_add_fuzzer(fuzz_vault_file)
