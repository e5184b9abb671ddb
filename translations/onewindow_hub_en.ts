<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiRouter</name>
    <message>
        <location filename="../server/http/ApiRouter.cpp" line="+116" />
        <source>%1 is a WebSocket: connect with Upgrade: websocket.</source>
        <translation>%1 is a WebSocket: connect with Upgrade: websocket.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no %1 %2 in this API.</source>
        <translation>There is no %1 %2 in this API.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Log in first: this call needs a bearer token.</source>
        <translation>Log in first: this call needs a bearer token.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The role "%1" may not do this; it needs one of: %2.</source>
        <translation>The role "%1" may not do this; it needs one of: %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request body is larger than %1 MiB.</source>
        <translation>The request body is larger than %1 MiB.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>The body is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>AuthRoutes</name>
    <message>
        <location filename="../server/routes/AuthRoutes.cpp" line="+46" />
        <source>Give a username and a password.</source>
        <translation>Give a username and a password.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A station id is 1–24 letters, digits or '-', starting with a letter or digit.</source>
        <translation>A station id is 1–24 letters, digits or '-', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the window (1–64 characters).</source>
        <translation>Name the window (1–64 characters).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>publicKey must be the workstation's SM2 public key in PEM.</source>
        <translation>publicKey must be the workstation's SM2 public key in PEM.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Give stationId, time (ISO-8601 UTC) and a base64 signature.</source>
        <translation>Give stationId, time (ISO-8601 UTC) and a base64 signature.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The workstation's clock is more than 5 minutes off the hub's; set the time and try again.</source>
        <translation>The workstation's clock is more than 5 minutes off the hub's; set the time and try again.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This workstation is not enrolled at the hub.</source>
        <translation>This workstation is not enrolled at the hub.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The workstation's signature does not match its enrolled key.</source>
        <translation>The workstation's signature does not match its enrolled key.</translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <location filename="../server/cases/CaseIntake.cpp" line="+195" />
        <source>The case %1 has already reached the hub in another envelope.</source>
        <translation>The case %1 has already reached the hub in another envelope.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receipt number %1 already belongs to another case.</source>
        <translation>The receipt number %1 already belongs to another case.</translation>
    </message>
</context>
<context>
    <name>CaseRoutes</name>
    <message>
        <location filename="../server/routes/CaseRoutes.cpp" line="+37" />
        <source>The hub's storage failed (%1). Try again.</source>
        <translation>The hub's storage failed (%1). Try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no case %1 that you may see.</source>
        <translation>There is no case %1 that you may see.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>envelopes must be a list of 1 to %1 envelopes.</source>
        <translation>envelopes must be a list of 1 to %1 envelopes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The hub could not store the batch (%1); none of it was applied. Send it again.</source>
        <translation>The hub could not store the batch (%1); none of it was applied. Send it again.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>limit must be from 1 to %1 and after a cursor (0 or more).</source>
        <translation>limit must be from 1 to %1 and after a cursor (0 or more).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>status must be one of: %1.</source>
        <translation>status must be one of: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your account sees the cases of department %1 only.</source>
        <translation>Your account sees the cases of department %1 only.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A step is named by its position: 1, 2, 3 …</source>
        <translation>A step is named by its position: 1, 2, 3 …</translation>
    </message>
</context>
<context>
    <name>CatalogPublisher</name>
    <message>
        <location filename="../server/catalog/CatalogPublisher.cpp" line="+123" />
        <source>The catalog was not published:</source>
        <translation>The catalog was not published:</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The built-in calendar %1 has no year.</source>
        <translation>The built-in calendar %1 has no year.</translation>
    </message>
</context>
<context>
    <name>EnvelopeReader</name>
    <message>
        <location filename="../server/cases/EnvelopeReader.cpp" line="+69" />
        <source>An envelope must be a JSON object.</source>
        <translation>An envelope must be a JSON object.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The envelope id must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>The envelope id must be a UUID (8-4-4-4-12 hexadecimal digits).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown envelope type "%1": this hub takes case.submitted.</source>
        <translation>Unknown envelope type "%1": this hub takes case.submitted.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The envelope has no payload.case object.</source>
        <translation>The envelope has no payload.case object.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>case.id must be a UUID.</source>
        <translation>case.id must be a UUID.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>case.receipt must be a receipt number (letters, digits and '-', at most %1).</source>
        <translation>case.receipt must be a receipt number (letters, digits and '-', at most %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case.outcome must be accepted, notice or refused.</source>
        <translation>case.outcome must be accepted, notice or refused.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>case.status "%1" does not fit the outcome %2.</source>
        <translation>case.status "%1" does not fit the outcome %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>case.subject, case.clerk and case.window must be given (at most %1 characters each).</source>
        <translation>case.subject, case.clerk and case.window must be given (at most %1 characters each).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case.bundle must be true or false.</source>
        <translation>case.bundle must be true or false.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case.createdAt must be an ISO-8601 time.</source>
        <translation>case.createdAt must be an ISO-8601 time.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case.acceptedOn must be a date written YYYY-MM-DD.</source>
        <translation>case.acceptedOn must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>case.acceptedOn %1 is in the future.</source>
        <translation>case.acceptedOn %1 is in the future.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case.deadline must be empty or a date written YYYY-MM-DD.</source>
        <translation>case.deadline must be empty or a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case.%1 must be a JSON object.</source>
        <translation>case.%1 must be a JSON object.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case.materials must be a list of objects with an id.</source>
        <translation>case.materials must be a list of objects with an id.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>case.reason and case.legalBasis must be text of at most %1 characters.</source>
        <translation>case.reason and case.legalBasis must be text of at most %1 characters.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>case.applicant must be an object with kind (person or organization), identifier and name.</source>
        <translation>case.applicant must be an object with kind (person or organization), identifier and name.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>case.applicant.identifier is not a valid resident ID number in normalized form%1</source>
        <translation>case.applicant.identifier is not a valid resident ID number in normalized form%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>case.applicant.identifier is not a valid unified social credit code in normalized form%1</source>
        <translation>case.applicant.identifier is not a valid unified social credit code in normalized form%1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>case.steps must be a list.</source>
        <translation>case.steps must be a list.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An accepted case needs its department steps (case.steps is empty).</source>
        <translation>An accepted case needs its department steps (case.steps is empty).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A case with the outcome %1 has no department steps.</source>
        <translation>A case with the outcome %1 has no department steps.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A case has at most %1 steps.</source>
        <translation>A case has at most %1 steps.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>case.steps[%1]: positions must be 1, 2, 3 … in order.</source>
        <translation>case.steps[%1]: positions must be 1, 2, 3 … in order.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Step %1 needs its matter and department codes.</source>
        <translation>Step %1 needs its matter and department codes.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Step %1: a new case's step is pending, in_progress or completed, not "%2".</source>
        <translation>Step %1: a new case's step is pending, in_progress or completed, not "%2".</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Step %1: workingDays must be a whole number from 0 to 10000.</source>
        <translation>Step %1: workingDays must be a whole number from 0 to 10000.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1: the deadline must be a date written YYYY-MM-DD, not before the acceptance date.</source>
        <translation>Step %1: the deadline must be a date written YYYY-MM-DD, not before the acceptance date.</translation>
    </message>
</context>
<context>
    <name>HubAccounts</name>
    <message>
        <location filename="../server/auth/HubAccounts.cpp" line="+23" />
        <source>An account name is 2–64 letters, digits, '.', '_' or '-'.</source>
        <translation>An account name is 2–64 letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unknown role "%1": use clerk, department or admin.</source>
        <translation>Unknown role "%1": use clerk, department or admin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A department account names its department; other accounts do not.</source>
        <translation>A department account names its department; other accounts do not.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Unknown account or wrong password.</source>
        <translation>Unknown account or wrong password.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Too many wrong passwords: this account is locked until %1 (UTC).</source>
        <translation>Too many wrong passwords: this account is locked until %1 (UTC).</translation>
    </message>
</context>
<context>
    <name>HubDatabase</name>
    <message>
        <location filename="../server/storage/HubDatabase.cpp" line="+72" />
        <source>The SQLite storage needs a file: sqlite:/path/to/hub.db</source>
        <translation>The SQLite storage needs a file: sqlite:/path/to/hub.db</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The PostgreSQL storage must look like postgresql://user[:password]@host[:port]/dbname</source>
        <translation>The PostgreSQL storage must look like postgresql://user[:password]@host[:port]/dbname</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Qt's PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Qt's PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unknown storage "%1": use sqlite:/path/to/hub.db or postgresql://user@host:port/dbname</source>
        <translation>Unknown storage "%1": use sqlite:/path/to/hub.db or postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open the hub database %1: %2</source>
        <translation>Cannot open the hub database %1: %2</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The hub database has schema version %1, newer than this hub (%2). Use a newer onewindow-hub.</source>
        <translation>The hub database has schema version %1, newer than this hub (%2). Use a newer onewindow-hub.</translation>
    </message>
</context>
<context>
    <name>HubMain</name>
    <message>
        <location filename="../server/main.cpp" line="+27" />
        <source>Usage: onewindow-hub &lt;command&gt; [options]

Commands:
  serve    serve the API (--storage, --listen, --port-file, --tls-cert, --tls-key, --allow-plain-http, --registries, --config)
  init     create or upgrade the database (--storage, --demo, --catalog)
  account  add or replace an account: account USER --role R [--department D] [--name N]; password on stdin
  catalog  publish a catalog file: catalog FILE
  routes   list the API routes
  version  print the version

Options may also come from the environment (OW_HUB_STORAGE, OW_HUB_LISTEN, OW_HUB_REGISTRIES) or an INI file given with --config ([hub] storage=, listen=, tls-cert=, tls-key=, registries=). Flags win over the environment, the environment over the file.
</source>
        <translation>Usage: onewindow-hub &lt;command&gt; [options]

Commands:
  serve    serve the API (--storage, --listen, --port-file, --tls-cert, --tls-key, --allow-plain-http, --registries, --config)
  init     create or upgrade the database (--storage, --demo, --catalog)
  account  add or replace an account: account USER --role R [--department D] [--name N]; password on stdin
  catalog  publish a catalog file: catalog FILE
  routes   list the API routes
  version  print the version

Options may also come from the environment (OW_HUB_STORAGE, OW_HUB_LISTEN, OW_HUB_REGISTRIES) or an INI file given with --config ([hub] storage=, listen=, tls-cert=, tls-key=, registries=). Flags win over the environment, the environment over the file.
</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No config file %1.</source>
        <translation>No config file %1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve needs --storage and --listen HOST:PORT (e.g. 127.0.0.1:8470).</source>
        <translation>serve needs --storage and --listen HOST:PORT (e.g. 127.0.0.1:8470).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write the port file: %1</source>
        <translation>Cannot write the port file: %1</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Give --storage (or OW_HUB_STORAGE).</source>
        <translation>Give --storage (or OW_HUB_STORAGE).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
</context>
<context>
    <name>HubSecrets</name>
    <message>
        <location filename="../server/auth/HubSecrets.cpp" line="+53" />
        <source>The system's random number generator failed.</source>
        <translation>The system's random number generator failed.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Could not generate the hub's SM2 signing key.</source>
        <translation>Could not generate the hub's SM2 signing key.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The hub's stored secrets are damaged (hub_setting %1 / %2).</source>
        <translation>The hub's stored secrets are damaged (hub_setting %1 / %2).</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <location filename="../server/HubServer.cpp" line="+73" />
        <source>The reference registries in %1 were not loaded:
%2</source>
        <translation>The reference registries in %1 were not loaded:
%2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot read the TLS certificate or key (%1, %2).</source>
        <translation>Cannot read the TLS certificate or key (%1, %2).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>The TLS certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refusing plain HTTP on %1: give --tls-cert and --tls-key, or --allow-plain-http behind a TLS proxy.</source>
        <translation>Refusing plain HTTP on %1: give --tls-cert and --tls-key, or --allow-plain-http behind a TLS proxy.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot listen on %1:%2 (in use, or not allowed).</source>
        <translation>Cannot listen on %1:%2 (in use, or not allowed).</translation>
    </message>
</context>
<context>
    <name>HubSetup</name>
    <message>
        <location filename="../server/HubSetup.cpp" line="+54" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 changed, %2 removed, %3 unchanged</source>
        <translation>%1 changed, %2 removed, %3 unchanged</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Hub database ready (%1, schema %2). Calendars: %3.</source>
        <translation>Hub database ready (%1, schema %2). Calendars: %3.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Hub administrator</source>
        <translation>Hub administrator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demo clerk</source>
        <translation>Demo clerk</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Demo catalog: %1. Demo accounts: admin, clerk01 and one dept-&lt;id&gt; per department (%2).</source>
        <translation>Demo catalog: %1. Demo accounts: admin, clerk01 and one dept-&lt;id&gt; per department (%2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Catalog published: %1.</source>
        <translation>Catalog published: %1.</translation>
    </message>
</context>
<context>
    <name>Registries</name>
    <message>
        <location filename="../server/verification/Registries.cpp" line="+37" />
        <source>The directory holds no registry files (*.json).</source>
        <translation>The directory holds no registry files (*.json).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot read the file: %1.</source>
        <translation>Cannot read the file: %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../server/verification/RegistryFile.cpp" line="+62" />
        <source>The file is larger than %1 MiB.</source>
        <translation>The file is larger than %1 MiB.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“%1” is not a registry this hub knows.</source>
        <translation>“%1” is not a registry this hub knows.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The registry “%1” is already given by %2.</source>
        <translation>The registry “%1” is already given by %2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No file gives the registry “%1”.</source>
        <translation>No file gives the registry “%1”.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not checked: it refers to the registry in %1, which has problems.</source>
        <translation>Not checked: it refers to the registry in %1, which has problems.</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryFile.cpp" line="-15" />
        <source>More problems were found; only the first %1 are listed.</source>
        <translation>More problems were found; only the first %1 are listed.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not valid JSON: %1.</source>
        <translation>Not valid JSON: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file must hold one JSON object.</source>
        <translation>The file must hold one JSON object.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+168" />
        <source>Unknown member “%1”.</source>
        <translation>Unknown member “%1”.</translation>
    </message>
    <message>
        <location line="-164" />
        <source>“format” must be “onewindow-registry”: this is not a registry file.</source>
        <translation>“format” must be “onewindow-registry”: this is not a registry file.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This hub reads registry files of version %1 only.</source>
        <translation>This hub reads registry files of version %1 only.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“registry” must name the registry.</source>
        <translation>“registry” must name the registry.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“source” must name the authority the data comes from.</source>
        <translation>“source” must name the authority the data comes from.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“note” must be text.</source>
        <translation>“note” must be text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“records” must be an array of records.</source>
        <translation>“records” must be an array of records.</translation>
    </message>
    <message>
        <location line="+107" />
        <source>A record must be a JSON object.</source>
        <translation>A record must be a JSON object.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This must be a JSON object.</source>
        <translation>This must be a JSON object.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>“%1” is missing.</source>
        <translation>“%1” is missing.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“%1” must be text that is not empty.</source>
        <translation>“%1” must be text that is not empty.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” starts or ends with white space.</source>
        <translation>“%1” starts or ends with white space.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is longer than %2 characters.</source>
        <translation>“%1” is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>“%1” must be a date written as yyyy-MM-dd, such as 2024-06-30.</source>
        <translation>“%1” must be a date written as yyyy-MM-dd, such as 2024-06-30.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“%1” must be a number above zero.</source>
        <translation>“%1” must be a number above zero.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” must be a list with at least one entry.</source>
        <translation>“%1” must be a list with at least one entry.</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersBusiness.cpp" line="+56" />
        <source>The company is established in the future.</source>
        <translation>The company is established in the future.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The term of operation ends before it begins.</source>
        <translation>The term of operation ends before it begins.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The credit code appears twice (first at line %1).</source>
        <translation>The credit code appears twice (first at line %1).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Write the project code as %1.</source>
        <translation>Write the project code as %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The project code appears twice (first at line %1).</source>
        <translation>The project code appears twice (first at line %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The project code says the project is not “%1”.</source>
        <translation>The project code says the project is not “%1”.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="+83" />
        <source>No legal person with the credit code %1 is in the companies registry.</source>
        <translation>No legal person with the credit code %1 is in the companies registry.</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersPeople.cpp" line="+65" />
        <source>The marital status “%1” contradicts the marriage registry, which says “%2”.</source>
        <translation>The marital status “%1” contradicts the marriage registry, which says “%2”.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Write the ID number as %1.</source>
        <translation>Write the ID number as %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Write the credit code as %1.</source>
        <translation>Write the credit code as %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>“%1” is not one of: %2.</source>
        <translation>“%1” is not one of: %2.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The ID number appears twice (first at line %1).</source>
        <translation>The ID number appears twice (first at line %1).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>A marriage certificate number looks like J440304-2001-001187.</source>
        <translation>A marriage certificate number looks like J440304-2001-001187.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate number appears twice (first at line %1).</source>
        <translation>The certificate number appears twice (first at line %1).</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="-11" />
        <source>No person with the ID number %1 is in the persons registry.</source>
        <translation>No person with the ID number %1 is in the persons registry.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Both spouses have the same ID number.</source>
        <translation>Both spouses have the same ID number.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The marriage is registered in the future.</source>
        <translation>The marriage is registered in the future.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A marriage that ended needs both “endedOn” and “endReason”; one that subsists has neither.</source>
        <translation>A marriage that ended needs both “endedOn” and “endReason”; one that subsists has neither.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The marriage cannot end before it was registered or in the future.</source>
        <translation>The marriage cannot end before it was registered or in the future.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The marriage ended by death, but neither spouse is recorded as deceased.</source>
        <translation>The marriage ended by death, but neither spouse is recorded as deceased.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 was registered while the marriage %2 of the same person still subsisted.</source>
        <translation>%1 was registered while the marriage %2 of the same person still subsisted.</translation>
    </message>
    <message>
        <location filename="../server/verification/RegistryParsersProperty.cpp" line="-32" />
        <source>Write the unit number as %1.</source>
        <translation>Write the unit number as %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a division in the division code table.</source>
        <translation>%1 is not a division in the division code table.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Give either “idNumber” (a person) or “creditCode” (a legal person).</source>
        <translation>Give either “idNumber” (a person) or “creditCode” (a legal person).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The registry names %1 “%2”, not “%3”.</source>
        <translation>The registry names %1 “%2”, not “%3”.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>An amount is written in yuan with two decimals, such as 80433.00.</source>
        <translation>An amount is written in yuan with two decimals, such as 80433.00.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>A mortgaged unit names its mortgagee; other units have none.</source>
        <translation>A mortgaged unit names its mortgagee; other units have none.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A seized unit names who seized it; other units have none.</source>
        <translation>A seized unit names who seized it; other units have none.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The unit number appears twice (first at line %1).</source>
        <translation>The unit number appears twice (first at line %1).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The unit %1 is not in the property registry.</source>
        <translation>The unit %1 is not in the property registry.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The taxes are declared in the future.</source>
        <translation>The taxes are declared in the future.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Paid taxes have “paidOn” and “voucherNumber”; unpaid taxes have neither.</source>
        <translation>Paid taxes have “paidOn” and “voucherNumber”; unpaid taxes have neither.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The taxes cannot be paid before they were declared or in the future.</source>
        <translation>The taxes cannot be paid before they were declared or in the future.</translation>
    </message>
</context>
<context>
    <name>RegistryIdentifiers</name>
    <message>
        <location filename="../server/verification/RegistryIdentifiers.cpp" line="+33" />
        <source>Enter the 28-character real estate unit number.</source>
        <translation>Enter the 28-character real estate unit number.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A real estate unit number has 28 characters; this one has %1.</source>
        <translation>A real estate unit number has 28 characters; this one has %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A real estate unit number begins with the six digits of its county.</source>
        <translation>A real estate unit number begins with the six digits of its county.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Characters 7 to 12 of a real estate unit number are the six digits of its cadastral zone and sub-zone.</source>
        <translation>Characters 7 to 12 of a real estate unit number are the six digits of its cadastral zone and sub-zone.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Character 13 of a real estate unit number is G (state-owned land), J (collective land) or Z (disputed), not %1.</source>
        <translation>Character 13 of a real estate unit number is G (state-owned land), J (collective land) or Z (disputed), not %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Character 14 of a real estate unit number is the letter of the parcel's type, not %1.</source>
        <translation>Character 14 of a real estate unit number is the letter of the parcel's type, not %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Characters 15 to 19 of a real estate unit number are the five digits of the parcel.</source>
        <translation>Characters 15 to 19 of a real estate unit number are the five digits of the parcel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Character 20 of a real estate unit number is F (building), L (trees), Q (other fixture) or W (none), not %1.</source>
        <translation>Character 20 of a real estate unit number is F (building), L (trees), Q (other fixture) or W (none), not %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A real estate unit number ends in eight digits: the building and the unit in it.</source>
        <translation>A real estate unit number ends in eight digits: the building and the unit in it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A real estate unit without fixtures (W) ends in eight zeros.</source>
        <translation>A real estate unit without fixtures (W) ends in eight zeros.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Enter the project code, such as 2019-130100-47-01-000123.</source>
        <translation>Enter the project code, such as 2019-130100-47-01-000123.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A project code looks like 2019-130100-47-01-000123: year, division, industry, type and serial number joined by hyphens.</source>
        <translation>A project code looks like 2019-130100-47-01-000123: year, division, industry, type and serial number joined by hyphens.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The project code's year %1 is not possible.</source>
        <translation>The project code's year %1 is not possible.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The project code's type %1 is not 01 (审批), 02 (核准) or 03 (备案).</source>
        <translation>The project code's type %1 is not 01 (审批), 02 (核准) or 03 (备案).</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <location filename="../server/cases/StepActions.cpp" line="+19" />
        <source>The hub's storage failed (%1); nothing was changed. Try again.</source>
        <translation>The hub's storage failed (%1); nothing was changed. Try again.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Case %1 has no step %2.</source>
        <translation>Case %1 has no step %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Step %1 of case %2 belongs to department %3; your account acts for %4.</source>
        <translation>Step %1 of case %2 belongs to department %3; your account acts for %4.</translation>
    </message>
</context>
<context>
    <name>StepWorkflow</name>
    <message>
        <location filename="../server/cases/StepWorkflow.cpp" line="+79" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting for a supplement</source>
        <translation>waiting for a supplement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location line="+9" />
        <source>action must be one of: approve, complete, reject, supplement, suspend, resume, extend.</source>
        <translation>action must be one of: approve, complete, reject, supplement, suspend, resume, extend.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>opinion must be text.</source>
        <translation>opinion must be text.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The opinion is longer than %1 characters.</source>
        <translation>The opinion is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give an opinion with “%1”: the applicant is told why.</source>
        <translation>Give an opinion with “%1”: the applicant is told why.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>An extension needs days: a whole number of working days from 1 to %1.</source>
        <translation>An extension needs days: a whole number of working days from 1 to %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>days goes only with the action extend.</source>
        <translation>days goes only with the action extend.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Step %1 is already %2; nothing more can be done on it.</source>
        <translation>Step %1 is already %2; nothing more can be done on it.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only a suspended step (or one waiting for a supplement) can be resumed; step %1 is %2.</source>
        <translation>Only a suspended step (or one waiting for a supplement) can be resumed; step %1 is %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Step %1 is already suspended (since %2).</source>
        <translation>Step %1 is already suspended (since %2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Step %1 is suspended since %2: resume it first.</source>
        <translation>Step %1 is suspended since %2: resume it first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not possible on step %2 while it is %3.</source>
        <translation>“%1” is not possible on step %2 while it is %3.</translation>
    </message>
</context>
<context>
    <name>SyncRoutes</name>
    <message>
        <location filename="../server/routes/SyncRoutes.cpp" line="+40" />
        <source>since must be a cursor (0 or more) and limit 1–%1.</source>
        <translation>since must be a cursor (0 or more) and limit 1–%1.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>size must be a whole number from 1 to %1.</source>
        <translation>size must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The numbers of %1 are used up for this year.</source>
        <translation>The numbers of %1 are used up for this year.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../server/auth/TokenService.cpp" line="+45" />
        <location line="+16" />
        <source>The token is malformed; log in again.</source>
        <translation>The token is malformed; log in again.</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The token's signature does not match: it was not issued by this hub.</source>
        <translation>The token's signature does not match: it was not issued by this hub.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The token has expired; log in again.</source>
        <translation>The token has expired; log in again.</translation>
    </message>
</context>
<context>
    <name>VerificationRoutes</name>
    <message>
        <location filename="../server/routes/VerificationRoutes.cpp" line="+29" />
        <source>This hub has no reference registries loaded (start it with --registries).</source>
        <translation>This hub has no reference registries loaded (start it with --registries).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>subject must be a JSON object.</source>
        <translation>subject must be a JSON object.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>caseId must be a UUID.</source>
        <translation>caseId must be a UUID.</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <location filename="../server/verification/VerificationService.cpp" line="+102" />
        <source>A %1 verification does not take “%2”; its subject has: %3.</source>
        <translation>A %1 verification does not take “%2”; its subject has: %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The subject of a %1 verification needs “%2”.</source>
        <translation>The subject of a %1 verification needs “%2”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” of the subject must be text.</source>
        <translation>“%1” of the subject must be text.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Enter the name as on the ID card (1 to %1 characters).</source>
        <translation>Enter the name as on the ID card (1 to %1 characters).</translation>
    </message>
    <message>
        <location line="+246" />
        <source>“%1” is not a kind of verification; the hub answers %2.</source>
        <translation>“%1” is not a kind of verification; the hub answers %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The reference registries are not loaded; verification is not available.</source>
        <translation>The reference registries are not loaded; verification is not available.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The hub has no signing key; verification is not available.</source>
        <translation>The hub has no signing key; verification is not available.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The hub could not sign the answer; verification is not available.</source>
        <translation>The hub could not sign the answer; verification is not available.</translation>
    </message>
</context>
</TS>
