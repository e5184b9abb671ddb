#pragma once

#include "HubClient.h"

namespace ow::core {

class BackgroundWorkstation;

// A HubClient::Signer that signs with the workstation's SM2 key on the BackgroundWorkstation
// thread, where the key (like the database) lives. `background` must outlive the signer.
HubClient::Signer workstationSigner(BackgroundWorkstation &background);

} // namespace ow::core
