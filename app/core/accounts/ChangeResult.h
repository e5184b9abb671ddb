#pragma once

#include "../storage/StorageError.h"

#include <QString>

namespace ow::core {

// The outcome of a change to an account or a setting: done, refused for a reason a person can
// act on (translated `message`), or failed in storage (`storage`, with its own message).
struct ChangeResult
{
    enum class Code {
        Ok,
        InvalidLogin,
        InvalidName,
        InvalidWindow,
        WeakPassword,
        NoRoles,
        AlreadyExists,
        NotFound,
        LastAdministrator, // the change would leave no enabled administrator
        OutOfRange,
        HashFailed,
        StorageFailed,
    };

    Code code = Code::Ok;
    QString message; // translated; empty when ok
    StorageError storage;

    bool ok() const { return code == Code::Ok; }
    explicit operator bool() const { return ok(); }

    static ChangeResult refused(Code code, QString message)
    {
        return {code, std::move(message), {}};
    }
    static ChangeResult failed(StorageError error)
    {
        return {Code::StorageFailed, error.message, std::move(error)};
    }
};

} // namespace ow::core
