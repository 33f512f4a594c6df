// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResult.h"

namespace tessera::transfer {

ImportItem ImportItem::clone() const
{
    ImportItem copy{sourceName, std::nullopt, error};
    if (parameters) {
        copy.parameters = parameters->clone();
    }
    return copy;
}

ImportResult ImportResult::failed(ImportFailure failure, QString error, QString format)
{
    ImportResult result;
    result.format = std::move(format);
    result.failure = failure;
    result.error = std::move(error);
    return result;
}

} // namespace tessera::transfer
