#pragma once

namespace ow::hub {

class ApiRouter;
struct HubContext;

// Each group of routes in its own file; HubServer adds them all.
void addSystemRoutes(ApiRouter &router, HubContext &hub);       // health, metrics
void addAuthRoutes(ApiRouter &router, HubContext &hub);         // log-in, enrolment
void addSyncRoutes(ApiRouter &router, HubContext &hub);         // changes, receipt blocks, catalog
void addCaseRoutes(ApiRouter &router, HubContext &hub);         // envelopes, cases, steps
void addVerificationRoutes(ApiRouter &router, HubContext &hub); // shared-data verification

} // namespace ow::hub
