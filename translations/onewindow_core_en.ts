<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcceptanceService</name>
    <message>
        <location filename="../app/core/cases/AcceptanceService.cpp" line="+138" />
        <source>The matter %1 of this bundle is not in the catalog.</source>
        <translation>The matter %1 of this bundle is not in the catalog.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Applicant ID number: %1</source>
        <translation>Applicant ID number: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The applicant's ID number must be given in its normalized form.</source>
        <translation>The applicant's ID number must be given in its normalized form.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Applicant credit code: %1</source>
        <translation>Applicant credit code: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The applicant's credit code must be given in its normalized form.</source>
        <translation>The applicant's credit code must be given in its normalized form.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The applicant's name is missing.</source>
        <translation>The applicant's name is missing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent's ID number: %1</source>
        <translation>Agent's ID number: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No clerk is logged in at this window.</source>
        <translation>No clerk is logged in at this window.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" cannot be replaced by a commitment.</source>
        <translation>"%1" cannot be replaced by a commitment.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be satisfied by shared data.</source>
        <translation>"%1" cannot be satisfied by shared data.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" cannot be reused from an earlier case.</source>
        <translation>"%1" cannot be reused from an earlier case.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is marked reused but no earlier copy was chosen.</source>
        <translation>"%1" is marked reused but no earlier copy was chosen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is marked scanned but no file is attached.</source>
        <translation>"%1" is marked scanned but no file is attached.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Required materials are missing or incorrect: give a one-time notice instead of accepting.</source>
        <translation>Required materials are missing or incorrect: give a one-time notice instead of accepting.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A one-time notice must list at least one missing or incorrect item.</source>
        <translation>A one-time notice must list at least one missing or incorrect item.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A refusal needs its reason.</source>
        <translation>A refusal needs its reason.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A refusal needs its legal basis.</source>
        <translation>A refusal needs its legal basis.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The application form has no field "%1".</source>
        <translation>The application form has no field "%1".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This application asks for no material "%1".</source>
        <translation>This application asks for no material "%1".</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The matter or bundle %1 is not in the catalog.</source>
        <translation>The matter or bundle %1 is not in the catalog.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The earlier copy chosen for "%1" is not this applicant's or is no longer valid.</source>
        <translation>The earlier copy chosen for "%1" is not this applicant's or is no longer valid.</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <location filename="../app/core/accounts/AccountRules.cpp" line="+41" />
        <source>Enter a login.</source>
        <translation>Enter a login.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A login has %1 to %2 characters: lower-case letters a–z, digits, dot, underscore or hyphen.</source>
        <translation>A login has %1 to %2 characters: lower-case letters a–z, digits, dot, underscore or hyphen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Enter the clerk's name.</source>
        <translation>Enter the clerk's name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name contains control characters.</source>
        <translation>The name contains control characters.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A window name has at most %1 characters.</source>
        <translation>A window name has at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The window name contains control characters.</source>
        <translation>The window name contains control characters.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A password has at most %1 characters.</source>
        <translation>A password has at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password must not be the login.</source>
        <translation>The password must not be the login.</translation>
    </message>
</context>
<context>
    <name>ApplicationFormCheck</name>
    <message>
        <location filename="../app/core/cases/ApplicationFormCheck.cpp" line="+43" />
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, row %2, %3: %4</source>
        <translation>%1, row %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <location filename="../app/core/calendar/CalendarFile.cpp" line="+26" />
        <source>The calendar file for %1 has no list “%2”.</source>
        <translation>The calendar file for %1 has no list “%2”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Entry %1 of “%2” is not an object with a “date” and a “name”.</source>
        <translation>Entry %1 of “%2” is not an object with a “date” and a “name”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Entry %1 of “%2”: “%3” is not a date written as YYYY-MM-DD.</source>
        <translation>Entry %1 of “%2”: “%3” is not a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Entry %1 of “%2”: %3 is not in %4.</source>
        <translation>Entry %1 of “%2”: %3 is not in %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Entry %1 of “%2”: %3 has no name.</source>
        <translation>Entry %1 of “%2”: %3 has no name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entry %1 of “%2”: %3 is not a Saturday or Sunday, so it cannot be a make-up working day.</source>
        <translation>Entry %1 of “%2”: %3 is not a Saturday or Sunday, so it cannot be a make-up working day.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Entry %1 of “%2”: %3 is listed twice.</source>
        <translation>Entry %1 of “%2”: %3 is listed twice.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The calendar file is not valid JSON: %1 at byte %2.</source>
        <translation>The calendar file is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The calendar file must hold one JSON object.</source>
        <translation>The calendar file must hold one JSON object.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The calendar file gives no year from %1 to %2 in “year”.</source>
        <translation>The calendar file gives no year from %1 to %2 in “year”.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The calendar file for %1 does not name its source in “source”.</source>
        <translation>The calendar file for %1 does not name its source in “source”.</translation>
    </message>
</context>
<context>
    <name>CaseHubStatusStore</name>
    <message>
        <location filename="../app/core/sync/CaseHubStatusStore.cpp" line="+46" />
        <source>a step is not an object</source>
        <translation>a step is not an object</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a step's position or days are not whole numbers</source>
        <translation>a step's position or days are not whole numbers</translation>
    </message>
    <message>
        <location line="+11" />
        <source>step %1: matter, department or opinion is not text</source>
        <translation>step %1: matter, department or opinion is not text</translation>
    </message>
    <message>
        <location line="+8" />
        <source>step %1 has the unknown status “%2”</source>
        <translation>step %1 has the unknown status “%2”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>step %1 has a date that is not YYYY-MM-DD</source>
        <translation>step %1 has a date that is not YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+7" />
        <source>step %1's updatedAt is not an ISO-8601 time</source>
        <translation>step %1's updatedAt is not an ISO-8601 time</translation>
    </message>
    <message>
        <location line="+4" />
        <source>step %1's updatedAt is not text</source>
        <translation>step %1's updatedAt is not text</translation>
    </message>
    <message>
        <location line="+18" />
        <source>its caseId does not match the change's key</source>
        <translation>its caseId does not match the change's key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no receipt number</source>
        <translation>it has no receipt number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has the unknown status “%1”</source>
        <translation>it has the unknown status “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its deadline is not YYYY-MM-DD</source>
        <translation>its deadline is not YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its steps are not a list</source>
        <translation>its steps are not a list</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../app/core/cases/CaseKeys.cpp" line="+98" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One-time notice</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+17" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+17" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Notice given</source>
        <translation>Notice given</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Paper original checked</source>
        <translation>Paper original checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scanned file attached</source>
        <translation>Scanned file attached</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reused from an earlier case</source>
        <translation>Reused from an earlier case</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verified by shared data</source>
        <translation>Verified by shared data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaced by a signed commitment</source>
        <translation>Replaced by a signed commitment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
</context>
<context>
    <name>CatalogChangeApplier</name>
    <message>
        <location filename="../app/core/sync/CatalogChangeApplier.cpp" line="+47" />
        <source>the department's id “%1” is not the change's key</source>
        <translation>the department's id “%1” is not the change's key</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the matter's implementation code “%1” is not the change's key</source>
        <translation>the matter's implementation code “%1” is not the change's key</translation>
    </message>
    <message>
        <location line="+15" />
        <source>its department “%1” is not in the catalog</source>
        <translation>its department “%1” is not in the catalog</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is already the code of a bundle</source>
        <translation>“%1” is already the code of a bundle</translation>
    </message>
    <message>
        <location line="+84" />
        <source>the bundle's code “%1” is not the change's key</source>
        <translation>the bundle's code “%1” is not the change's key</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is already the code of a matter</source>
        <translation>“%1” is already the code of a matter</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>the department still has %n matter(s) in the catalog</source>
        <translation>
            <numerusform>the department still has %n matter(s) in the catalog</numerusform>
            <numerusform>the department still has %n matter(s) in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is no kind of catalog item</source>
        <translation>“%1” is no kind of catalog item</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+120" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+67" />
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+67" />
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+67" />
        <location line="+47" />
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <location line="-112" />
        <location line="+114" />
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n characters</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101" />
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+16" />
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+3" />
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="-71" />
        <source>a condition must be an object</source>
        <translation>a condition must be an object</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a condition on a field needs equals, in, greaterThan, lessThan or isSet</source>
        <translation>a condition on a field needs equals, in, greaterThan, lessThan or isSet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a condition needs “field” or one of all, any, not</source>
        <translation>a condition needs “field” or one of all, any, not</translation>
    </message>
    <message>
        <location line="+5" />
        <source>has several operators (%1): write one per condition and combine them with all or any</source>
        <translation>has several operators (%1): write one per condition and combine them with all or any</translation>
    </message>
    <message>
        <location line="+12" />
        <source>does not go with “%1”: name the fields in the conditions inside it</source>
        <translation>does not go with “%1”: name the fields in the conditions inside it</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a non-empty list of conditions</source>
        <translation>must be a non-empty list of conditions</translation>
    </message>
    <message>
        <location line="+12" />
        <source>must be a field id</source>
        <translation>must be a field id</translation>
    </message>
    <message>
        <location line="+6" />
        <source>must be a text, a number, true or false</source>
        <translation>must be a text, a number, true or false</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a non-empty list of texts, numbers, true or false</source>
        <translation>must be a non-empty list of texts, numbers, true or false</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+47" />
        <source>must be a list of options</source>
        <translation>must be a list of options</translation>
    </message>
    <message>
        <location line="+23" />
        <source>must be a text or an object with “value” and “label”</source>
        <translation>must be a text or an object with “value” and “label”</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="+156" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+4" />
        <source>“%1” is listed twice</source>
        <translation>“%1” is listed twice</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+15" />
        <source>“%1” must name this field itself: “case.%2” (the same field in the applicant's last case)</source>
        <translation>“%1” must name this field itself: “case.%2” (the same field in the applicant's last case)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“%1” is not a prefill source; use one of %2</source>
        <translation>“%1” is not a prefill source; use one of %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” cannot fill a field of type %2</source>
        <translation>“%1” cannot fill a field of type %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>applies only to text fields</source>
        <translation>applies only to text fields</translation>
    </message>
    <message>
        <location line="+4" />
        <source>applies only to number and money fields</source>
        <translation>applies only to number and money fields</translation>
    </message>
    <message>
        <location line="+4" />
        <source>applies only to choice and multi-choice fields</source>
        <translation>applies only to choice and multi-choice fields</translation>
    </message>
    <message>
        <location line="+2" />
        <source>applies only to group fields</source>
        <translation>applies only to group fields</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be a list of fields</source>
        <translation>must be a list of fields</translation>
    </message>
    <message>
        <location line="+85" />
        <source>must not be more than maxItems (%1)</source>
        <translation>must not be more than maxItems (%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a field of this group</source>
        <translation>“%1” is not a field of this group</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1” is not a number field, so it cannot hold shares that add up to 100 %</source>
        <translation>“%1” is not a number field, so it cannot hold shares that add up to 100 %</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="+27" />
        <source>the choice “%1” has different options in its matters, so it cannot be asked once</source>
        <translation>the choice “%1” has different options in its matters, so it cannot be asked once</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="-211" />
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="-97" />
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key (did you mean “%1”?)</source>
        <translation>unknown key (did you mean “%1”?)</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="-101" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+106" />
        <source>must start with a lower-case letter and use only a-z, 0-9 and _</source>
        <translation>must start with a lower-case letter and use only a-z, 0-9 and _</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+20" />
        <location line="+26" />
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+2" />
        <source>“%1” is used twice</source>
        <translation>“%1” is used twice</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonParser.cpp" line="+122" />
        <source>“%1” is not a field type</source>
        <translation>“%1” is not a field type</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a group cannot contain another group</source>
        <translation>a group cannot contain another group</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must not be less than the minimum (%1)</source>
        <translation>must not be less than the minimum (%1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a choice needs at least one option</source>
        <translation>a choice needs at least one option</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a group needs at least one field</source>
        <translation>a group needs at least one field</translation>
    </message>
    <message>
        <location line="+30" />
        <source>must be a list of materials</source>
        <translation>must be a list of materials</translation>
    </message>
    <message>
        <location line="+23" />
        <source>must be original, copy or original-and-copy</source>
        <translation>must be original, copy or original-and-copy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be paper, electronic or either</source>
        <translation>must be paper, electronic or either</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“%1” is not a verification kind; use one of %2</source>
        <translation>“%1” is not a verification kind; use one of %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>“%1” is not a matter type</source>
        <translation>“%1” is not a matter type</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a department of this catalog</source>
        <translation>“%1” is not a department of this catalog</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>an immediate matter is done at the counter and has no day limit</source>
        <translation>an immediate matter is done at the counter and has no day limit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a matter that is not done at once needs a promised time limit</source>
        <translation>a matter that is not done at once needs a promised time limit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the promised time limit cannot exceed the statutory one</source>
        <translation>the promised time limit cannot exceed the statutory one</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJsonConditions.cpp" line="+54" />
        <source>the field depends on itself: %1</source>
        <translation>the field depends on itself: %1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>the condition refers to “%1”, which is not a field of this group</source>
        <translation>the condition refers to “%1”, which is not a field of this group</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the condition refers to “%1”, which is not a field of this matter</source>
        <translation>the condition refers to “%1”, which is not a field of this matter</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is a %2 field, so it cannot be compared with a number</source>
        <translation>“%1” is a %2 field, so it cannot be compared with a number</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“%1” is not an option of “%2”</source>
        <translation>“%1” is not an option of “%2”</translation>
    </message>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="-108" />
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be “onewindow-catalog”</source>
        <translation>must be “onewindow-catalog”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this OneWindow reads catalog format version %1</source>
        <translation>this OneWindow reads catalog format version %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be a list of departments</source>
        <translation>must be a list of departments</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at least one department is needed</source>
        <translation>at least one department is needed</translation>
    </message>
    <message>
        <location line="+25" />
        <source>must be a list of matters</source>
        <translation>must be a list of matters</translation>
    </message>
    <message>
        <location line="+24" />
        <source>must be a list of bundles</source>
        <translation>must be a list of bundles</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a bundle needs at least two matters</source>
        <translation>a bundle needs at least two matters</translation>
    </message>
    <message>
        <location line="+24" />
        <source>“%1” is not a matter of this catalog</source>
        <translation>“%1” is not a matter of this catalog</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the field “%1” has different types in its matters, so it cannot be asked once</source>
        <translation>the field “%1” has different types in its matters, so it cannot be asked once</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <location filename="../app/core/sync/ChangeApplier.cpp" line="+85" />
        <source>the key “%1” is not a year</source>
        <translation>the key “%1” is not a year</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the key is not &lt;case id&gt;/&lt;kind&gt;</source>
        <translation>the key is not &lt;case id&gt;/&lt;kind&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the answer's kind is not the one its key names</source>
        <translation>the answer's kind is not the one its key names</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this OneWindow does not know changes of the kind “%1”</source>
        <translation>this OneWindow does not know changes of the kind “%1”</translation>
    </message>
</context>
<context>
    <name>ClerkDirectory</name>
    <message>
        <location filename="../app/core/accounts/ClerkDirectory.cpp" line="+38" />
        <location line="+119" />
        <source>Give the account at least one role: clerk, supervisor or administrator.</source>
        <translation>Give the account at least one role: clerk, supervisor or administrator.</translation>
    </message>
    <message>
        <location line="-111" />
        <source>There is already an account “%1”.</source>
        <translation>There is already an account “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+92" />
        <source>The password could not be protected (%1).</source>
        <translation>The password could not be protected (%1).</translation>
    </message>
    <message>
        <location line="+69" />
        <source>“%1” is the last enabled administrator; make another account an administrator first.</source>
        <translation>“%1” is the last enabled administrator; make another account an administrator first.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is no account “%1”.</source>
        <translation>There is no account “%1”.</translation>
    </message>
    <message>
        <location filename="../app/core/accounts/ClerkAuthentication.cpp" line="+48" />
        <source>Too many wrong passwords: this account is locked. Try again in %1 min.</source>
        <translation>Too many wrong passwords: this account is locked. Try again in %1 min.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Only %1, a supervisor or an administrator can unlock this screen.</source>
        <translation>Only %1, a supervisor or an administrator can unlock this screen.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This account is disabled; ask an administrator.</source>
        <translation>This account is disabled; ask an administrator.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This account may not do that.</source>
        <translation>This account may not do that.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <location filename="../app/core/catalog/Condition.cpp" line="+48" />
        <source>a condition must be an object</source>
        <translation>a condition must be an object</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"all"/"any" need a non-empty array of conditions</source>
        <translation>"all"/"any" need a non-empty array of conditions</translation>
    </message>
    <message>
        <location line="+26" />
        <source>a condition needs "field" or "all"/"any"/"not"</source>
        <translation>a condition needs "field" or "all"/"any"/"not"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"in" needs an array</source>
        <translation>"in" needs an array</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"greaterThan"/"lessThan" need a number</source>
        <translation>"greaterThan"/"lessThan" need a number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>condition on "%1" needs equals, in, greaterThan, lessThan or isSet</source>
        <translation>condition on "%1" needs equals, in, greaterThan, lessThan or isSet</translation>
    </message>
</context>
<context>
    <name>CreditCodeValidator</name>
    <message>
        <location filename="../app/core/validation/CreditCode.cpp" line="+26" />
        <source>Institutional establishment</source>
        <translation>Institutional establishment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign affairs</source>
        <translation>Foreign affairs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Justice administration</source>
        <translation>Justice administration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Religious affairs</source>
        <translation>Religious affairs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trade unions</source>
        <translation>Trade unions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Market regulation (industry and commerce)</source>
        <translation>Market regulation (industry and commerce)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Central Military Commission establishment</source>
        <translation>Central Military Commission establishment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <location line="+2" />
        <location line="+6" />
        <location line="+2" />
        <location line="+4" />
        <location line="+3" />
        <location line="+3" />
        <location line="+2" />
        <location line="+4" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Government agency</source>
        <translation>Government agency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mass organization under central establishment</source>
        <translation>Mass organization under central establishment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resident office of a foreign news agency</source>
        <translation>Resident office of a foreign news agency</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Law firm</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notary office</source>
        <translation>Notary office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grassroots legal service office</source>
        <translation>Grassroots legal service office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Judicial appraisal institution</source>
        <translation>Judicial appraisal institution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arbitration commission</source>
        <translation>Arbitration commission</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Foreign cultural centre in China</source>
        <translation>Foreign cultural centre in China</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Social organization</source>
        <translation>Social organization</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private non-enterprise unit</source>
        <translation>Private non-enterprise unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foundation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resident office of a foreign tourism authority</source>
        <translation>Resident office of a foreign tourism authority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>Resident office of a Hong Kong, Macao or Taiwan tourism authority</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue for religious activities</source>
        <translation>Venue for religious activities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Religious college</source>
        <translation>Religious college</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grassroots trade union</source>
        <translation>Grassroots trade union</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Individual business</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Farmers' specialized cooperative</source>
        <translation>Farmers' specialized cooperative</translation>
    </message>
    <message>
        <location line="+61" />
        <source>This is far too long for a unified social credit code, which has 18 characters.</source>
        <translation>This is far too long for a unified social credit code, which has 18 characters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter a unified social credit code.</source>
        <translation>Enter a unified social credit code.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Credit codes never contain the letter I; perhaps it is the digit 1.</source>
        <translation>Credit codes never contain the letter I; perhaps it is the digit 1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter O; perhaps it is the digit 0.</source>
        <translation>Credit codes never contain the letter O; perhaps it is the digit 0.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter S; perhaps it is the digit 5.</source>
        <translation>Credit codes never contain the letter S; perhaps it is the digit 5.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter V; perhaps it is the letter U.</source>
        <translation>Credit codes never contain the letter V; perhaps it is the letter U.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Credit codes never contain the letter Z; perhaps it is the digit 2.</source>
        <translation>Credit codes never contain the letter Z; perhaps it is the digit 2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A credit code contains only digits and capital letters other than I, O, S, V and Z; %1 is not allowed.</source>
        <translation>A credit code contains only digits and capital letters other than I, O, S, V and Z; %1 is not allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The last character should be %1 for the characters before it; one of the characters was probably mistyped.</source>
        <translation>The last character should be %1 for the characters before it; one of the characters was probably mistyped.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The first character, %1, is not a registration authority listed in GB 32100; check the code with the applicant's licence.</source>
        <translation>The first character, %1, is not a registration authority listed in GB 32100; check the code with the applicant's licence.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The organization type %1 is not listed in GB 32100 for this registration authority.</source>
        <translation>The organization type %1 is not listed in GB 32100 for this registration authority.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The embedded organization code %1 fails its own check (GB 11714).</source>
        <translation>The embedded organization code %1 fails its own check (GB 11714).</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../app/core/DataDirectory.cpp" line="+28" />
        <source>The data directory %1 is a file, not a directory.</source>
        <translation>The data directory %1 is a file, not a directory.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The data directory %1 could not be created.</source>
        <translation>The data directory %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>DivisionCodeValidator</name>
    <message>
        <location filename="../app/core/validation/DivisionCode.cpp" line="+12" />
        <source>This is far too long for a division code, which has 6 digits.</source>
        <translation>This is far too long for a division code, which has 6 digits.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter a six-digit administrative division code.</source>
        <translation>Enter a six-digit administrative division code.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A division code contains only digits; %1 is not allowed.</source>
        <translation>A division code contains only digits; %1 is not allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A division code has 6 digits; this one has %n.</source>
        <translation>
            <numerusform>A division code has 6 digits; this one has %n.</numerusform>
            <numerusform>A division code has 6 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 does not begin with a province code (11 to 82).</source>
        <translation>%1 does not begin with a province code (11 to 82).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 names a county without a prefecture (digits 3-4 are 00).</source>
        <translation>%1 names a county without a prefecture (digits 3-4 are 00).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is well formed but not in the current division table; it may be an older or newer code.</source>
        <translation>%1 is well formed but not in the current division table; it may be an older or newer code.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>province level</source>
        <translation>province level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>prefecture level</source>
        <translation>prefecture level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>county level</source>
        <translation>county level</translation>
    </message>
</context>
<context>
    <name>DocumentSeal</name>
    <message>
        <location filename="../app/core/documents/DocumentSeal.cpp" line="+110" />
        <source>document kind</source>
        <translation>document kind</translation>
    </message>
    <message>
        <location line="+3" />
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>issue date</source>
        <translation>issue date</translation>
    </message>
    <message>
        <location line="+3" />
        <source>matter code</source>
        <translation>matter code</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location line="+3" />
        <source>key id</source>
        <translation>key id</translation>
    </message>
    <message>
        <location line="+3" />
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The seal is damaged: its %1 is not valid.</source>
        <translation>The seal is damaged: its %1 is not valid.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The seal text is empty.</source>
        <translation>The seal text is empty.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The text is too long to be a OneWindow document seal.</source>
        <translation>The text is too long to be a OneWindow document seal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The text contains characters that a OneWindow document seal never has: it is not one, or it was damaged.</source>
        <translation>The text contains characters that a OneWindow document seal never has: it is not one, or it was damaged.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This seal has the format %1, which this version of OneWindow cannot check; use a newer version.</source>
        <translation>This seal has the format %1, which this version of OneWindow cannot check; use a newer version.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This is not a OneWindow document seal.</source>
        <translation>This is not a OneWindow document seal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The seal is incomplete or damaged: it has %1 fields instead of %2.</source>
        <translation>The seal is incomplete or damaged: it has %1 fields instead of %2.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>The document number “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</source>
        <translation>The document number “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The matter code “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</source>
        <translation>The matter code “%1” cannot be sealed: use 1 to %2 letters, digits, “-”, “.” or “_”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The document has no issue date.</source>
        <translation>The document has no issue date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The window's signing key is missing, so the document cannot be sealed.</source>
        <translation>The window's signing key is missing, so the document cannot be sealed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key id %1 does not belong to the signing key (%2).</source>
        <translation>The key id %1 does not belong to the signing key (%2).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The document could not be signed: %1</source>
        <translation>The document could not be signed: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There is no public key to check the seal with.</source>
        <translation>There is no public key to check the seal with.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The document was sealed with another key (key id %1) than the one given (key id %2).</source>
        <translation>The document was sealed with another key (key id %1) than the one given (key id %2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The signature does not match: the seal was changed after it was issued, or it is forged.</source>
        <translation>The signature does not match: the seal was changed after it was issued, or it is forged.</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <location filename="../app/core/form/FieldValidator.cpp" line="+113" />
        <source>The text contains a damaged character; type it again.</source>
        <translation>The text contains a damaged character; type it again.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The text contains the control character %1; remove it.</source>
        <translation>The text contains the control character %1; remove it.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>At most %n characters; this text has %1.</source>
        <translation>
            <numerusform>At most %n characters; this text has %1.</numerusform>
            <numerusform>At most %n characters; this text has %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is not an amount; enter yuan with up to two decimals, e.g. 1280.50.</source>
        <translation>%1 is not an amount; enter yuan with up to two decimals, e.g. 1280.50.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a number; enter digits with an optional decimal point, e.g. 12.5.</source>
        <translation>%1 is not a number; enter digits with an optional decimal point, e.g. 12.5.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An amount in yuan has at most two decimals (fen).</source>
        <translation>An amount in yuan has at most two decimals (fen).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At least %1.</source>
        <translation>At least %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This is not a real calendar date.</source>
        <translation>This is not a real calendar date.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not a real calendar date.</source>
        <translation>%1 is not a real calendar date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter a date as year-month-day, e.g. 2026-03-02.</source>
        <translation>Enter a date as year-month-day, e.g. 2026-03-02.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+11" />
        <source>%1 is not one of the options.</source>
        <translation>%1 is not one of the options.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enter the six-digit administrative division code.</source>
        <translation>Enter the six-digit administrative division code.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the detailed address (street, number, room).</source>
        <translation>Enter the detailed address (street, number, room).</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <location line="+6" />
        <source>Add at least %n row(s).</source>
        <translation>
            <numerusform>Add at least %n row(s).</numerusform>
            <numerusform>Add at least %n row(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>At most %n row(s) are allowed; remove %1.</source>
        <translation>
            <numerusform>At most %n row(s) are allowed; remove %1.</numerusform>
            <numerusform>At most %n row(s) are allowed; remove %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>A share has at most two decimals.</source>
        <translation>A share has at most two decimals.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The shares add up to %1%; together they must be exactly 100%.</source>
        <translation>The shares add up to %1%; together they must be exactly 100%.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose at least one option.</source>
        <translation>Choose at least one option.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attach the file.</source>
        <translation>Attach the file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the division code and the detailed address.</source>
        <translation>Enter the division code and the detailed address.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This answer could not be read; enter it again.</source>
        <translation>This answer could not be read; enter it again.</translation>
    </message>
</context>
<context>
    <name>HubAnswers</name>
    <message>
        <location filename="../app/core/sync/HubAnswers.cpp" line="+33" />
        <source>“%1” is missing</source>
        <translation>“%1” is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“%1” is not text</source>
        <translation>“%1” is not text</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is empty</source>
        <translation>“%1” is empty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is too long</source>
        <translation>“%1” is too long</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>“%1” is not a whole number from %2 to %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“%1” is not true or false</source>
        <translation>“%1” is not true or false</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“%1” is not an ISO-8601 time</source>
        <translation>“%1” is not an ISO-8601 time</translation>
    </message>
    <message>
        <location line="+73" />
        <source>“changes” is not a list</source>
        <translation>“changes” is not a list</translation>
    </message>
    <message>
        <location line="+5" />
        <source>more changes than asked for</source>
        <translation>more changes than asked for</translation>
    </message>
    <message>
        <location line="+6" />
        <source>change %1 is not an object</source>
        <translation>change %1 is not an object</translation>
    </message>
    <message>
        <location line="+11" />
        <source>its body is not an object</source>
        <translation>its body is not an object</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its seq %1 does not follow %2</source>
        <translation>its seq %1 does not follow %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>change %1: %2</source>
        <translation>change %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the cursor %1 is behind the changes it returns</source>
        <translation>the cursor %1 is behind the changes it returns</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“more” without any change</source>
        <translation>“more” without any change</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the block ends before it starts</source>
        <translation>the block ends before it starts</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“results” is not a list</source>
        <translation>“results” is not a list</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 results for %2 envelopes</source>
        <translation>%1 results for %2 envelopes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>result %1 is not an object</source>
        <translation>result %1 is not an object</translation>
    </message>
    <message>
        <location line="+10" />
        <source>result %1 names another envelope</source>
        <translation>result %1 names another envelope</translation>
    </message>
    <message>
        <location line="+8" />
        <source>result %1 has the unknown outcome “%2”</source>
        <translation>result %1 has the unknown outcome “%2”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“answer” is not an object</source>
        <translation>“answer” is not an object</translation>
    </message>
</context>
<context>
    <name>HubCalendarStore</name>
    <message>
        <location filename="../app/core/sync/HubCalendarStore.cpp" line="+19" />
        <source>the file describes %1, not %2</source>
        <translation>the file describes %1, not %2</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <location filename="../app/core/sync/HubError.cpp" line="+20" />
        <source>The hub's answer could not be used (%1).</source>
        <translation>The hub's answer could not be used (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/sync/HubClient.cpp" line="+122" />
        <source>The request to the hub was cancelled.</source>
        <translation>The request to the hub was cancelled.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>larger than %1 MiB</source>
        <translation>larger than %1 MiB</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The connection to the hub broke off before the answer was complete (%1).</source>
        <translation>The connection to the hub broke off before the answer was complete (%1).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The hub refused the credentials.</source>
        <translation>The hub refused the credentials.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub refused the credentials: %1</source>
        <translation>The hub refused the credentials: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The hub failed to answer (HTTP %1).</source>
        <translation>The hub failed to answer (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub failed to answer (HTTP %1): %2</source>
        <translation>The hub failed to answer (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The hub refused the request (HTTP %1).</source>
        <translation>The hub refused the request (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hub refused the request (HTTP %1): %2</source>
        <translation>The hub refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unexpected HTTP status %1</source>
        <translation>unexpected HTTP status %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The hub did not answer within %1 seconds.</source>
        <translation>The hub did not answer within %1 seconds.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The hub cannot be reached: %1</source>
        <translation>The hub cannot be reached: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No hub is configured for this workstation; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>No hub is configured for this workstation; enrol it with “onewindow-cli sync enrol”.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The workstation's key cannot sign; check its key file.</source>
        <translation>The workstation's key cannot sign; check its key file.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <location filename="../app/core/sync/OutboxStore.cpp" line="+89" />
        <source>The envelope could not be opened on this workstation (damaged, or sealed under another key file).</source>
        <translation>The envelope could not be opened on this workstation (damaged, or sealed under another key file).</translation>
    </message>
</context>
<context>
    <name>PdfSeal</name>
    <message>
        <location filename="../app/core/documents/PdfSeal.cpp" line="+81" />
        <source>The PDF holds %1 different document seals: it was changed after OneWindow wrote it.</source>
        <translation>The PDF holds %1 different document seals: it was changed after OneWindow wrote it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The document seal in the PDF is damaged.</source>
        <translation>The document seal in the PDF is damaged.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The PDF has no OneWindow document seal: it was not written by OneWindow, or it was saved again by another program.</source>
        <translation>The PDF has no OneWindow document seal: it was not written by OneWindow, or it was saved again by another program.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberValidator</name>
    <message>
        <location filename="../app/core/form/PhoneNumber.cpp" line="+41" />
        <source>This is far too long for a telephone number.</source>
        <translation>This is far too long for a telephone number.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter a telephone number.</source>
        <translation>Enter a telephone number.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A telephone number contains only digits and “-”; %1 is not allowed.</source>
        <translation>A telephone number contains only digits and “-”; %1 is not allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>A mobile number has 11 digits; this one has %n.</source>
        <translation>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
            <numerusform>A mobile number has 11 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>A mobile number begins with 13 to 19.</source>
        <translation>A mobile number begins with 13 to 19.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A landline number is an area code and 7 or 8 digits, e.g. 0755-86001234.</source>
        <translation>A landline number is an area code and 7 or 8 digits, e.g. 0755-86001234.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a mobile number (11 digits) or a landline number with its area code, e.g. 0755-86001234.</source>
        <translation>Enter a mobile number (11 digits) or a landline number with its area code, e.g. 0755-86001234.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../app/core/applicant/Applicant.cpp" line="+42" />
        <source>entered at the counter</source>
        <translation>entered at the counter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>shared data: %1</source>
        <translation>shared data: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReceiptNumberBlocks</name>
    <message>
        <location filename="../app/core/cases/ReceiptNumberBlocks.cpp" line="+32" />
        <source>The receipt number prefix "%1" is not valid: use 1 to 32 letters, digits and hyphens, not starting or ending with a hyphen.</source>
        <translation>The receipt number prefix "%1" is not valid: use 1 to 32 letters, digits and hyphens, not starting or ending with a hyphen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The receipt number range %1–%2 is not valid: it must lie within 1–%3 and not be empty.</source>
        <translation>The receipt number range %1–%2 is not valid: it must lie within 1–%3 and not be empty.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The range %1–%2 overlaps the block %3–%4 already granted for %5.</source>
        <translation>The range %1–%2 overlaps the block %3–%4 already granted for %5.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>This window has no receipt numbers left. Connect to the hub to receive a new block, or ask the administrator to grant one.</source>
        <translation>This window has no receipt numbers left. Connect to the hub to receive a new block, or ask the administrator to grant one.</translation>
    </message>
</context>
<context>
    <name>ResidentIdValidator</name>
    <message>
        <location filename="../app/core/validation/ResidentId.cpp" line="+45" />
        <source>This is far too long for a resident ID number, which has 18 characters.</source>
        <translation>This is far too long for a resident ID number, which has 18 characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a resident ID number.</source>
        <translation>Enter a resident ID number.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The letter X may only be the last of 18 characters.</source>
        <translation>The letter X may only be the last of 18 characters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A resident ID number contains only digits and, as its last character, the letter X; %1 is not allowed.</source>
        <translation>A resident ID number contains only digits and, as its last character, the letter X; %1 is not allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>A resident ID number has 18 characters (or 15 for the old format); this one has %n.</source>
        <translation>
            <numerusform>A resident ID number has 18 characters (or 15 for the old format); this one has %n.</numerusform>
            <numerusform>A resident ID number has 18 characters (or 15 for the old format); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The birth date in the number, %1, is not a real calendar date.</source>
        <translation>The birth date in the number, %1, is not a real calendar date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The birth year in the number, %1, is too early to be real.</source>
        <translation>The birth year in the number, %1, is too early to be real.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The birth date in the number, %1, lies in the future.</source>
        <translation>The birth date in the number, %1, lies in the future.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The last character should be %1 for the digits before it; one of the characters was probably mistyped.</source>
        <translation>The last character should be %1 for the digits before it; one of the characters was probably mistyped.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Old 15-digit number, converted to the 18-character form %1.</source>
        <translation>Old 15-digit number, converted to the 18-character form %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>Residence permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Residence permit for Taiwan residents</source>
        <translation>Residence permit for Taiwan residents</translation>
    </message>
    <message>
        <location line="+11" />
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+2" />
        <source>female</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <location filename="../app/core/accounts/Role.cpp" line="+24" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Unknown role “%1”; use clerk, supervisor or admin.</source>
        <translation>Unknown role “%1”; use clerk, supervisor or admin.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give at least one role: clerk, supervisor or admin.</source>
        <translation>Give at least one role: clerk, supervisor or admin.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../app/core/accounts/SecuritySettings.cpp" line="+27" />
        <source>The idle lock takes %1 to %2 minutes (0: never lock).</source>
        <translation>The idle lock takes %1 to %2 minutes (0: never lock).</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../app/core/storage/StorageError.cpp" line="+53" />
        <source>The database %1 cannot be opened: check that the folder exists, is writable and that the disk is not full.</source>
        <translation>The database %1 cannot be opened: check that the folder exists, is writable and that the disk is not full.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file %1 is not a OneWindow database. It was left untouched; choose another data directory or move the file away.</source>
        <translation>The file %1 is not a OneWindow database. It was left untouched; choose another data directory or move the file away.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 is damaged. It was left untouched so that it can be recovered; ask the administrator to restore it from a backup or the hub.</source>
        <translation>The database %1 is damaged. It was left untouched so that it can be recovered; ask the administrator to restore it from a backup or the hub.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database %1 is in use by another program and stayed locked. Close other OneWindow windows on this workstation and try again.</source>
        <translation>The database %1 is in use by another program and stayed locked. Close other OneWindow windows on this workstation and try again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 was written by a newer version of OneWindow. Install that version; the file was not changed.</source>
        <translation>The database %1 was written by a newer version of OneWindow. Install that version; the file was not changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 could not be upgraded; it was left as it was.</source>
        <translation>The database %1 could not be upgraded; it was left as it was.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A database operation on %1 failed.</source>
        <translation>A database operation on %1 failed.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../app/core/sync/SyncEngine.cpp" line="+143" />
        <source>Sync was stopped.</source>
        <translation>Sync was stopped.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The workstation database failed.</source>
        <translation>The workstation database failed.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</source>
        <translation>This workstation is not enrolled at a hub; enrol it with “onewindow-cli sync enrol”.</translation>
    </message>
    <message>
        <location line="+143" />
        <source>refused by the hub without a reason</source>
        <translation>refused by the hub without a reason</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The hub says more changes follow but its cursor does not move; pulling stopped.</source>
        <translation>The hub says more changes follow but its cursor does not move; pulling stopped.</translation>
    </message>
    <message>
        <location line="+124" />
        <source>The hub's receipt block %1 %2–%3 could not be granted: %4</source>
        <translation>The hub's receipt block %1 %2–%3 could not be granted: %4</translation>
    </message>
</context>
<context>
    <name>TimeLimit</name>
    <message>
        <location filename="../app/core/calendar/TimeLimit.cpp" line="+37" />
        <source>The date of acceptance is not a valid date.</source>
        <translation>The date of acceptance is not a valid date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Today's date is not a valid date.</source>
        <translation>Today's date is not a valid date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The limit, the extension and the warning days must be 0 or more.</source>
        <translation>The limit, the extension and the warning days must be 0 or more.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The limit and its extension come to more than %1 working days.</source>
        <translation>The limit and its extension come to more than %1 working days.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A suspension period must start on a valid date and end on or after it.</source>
        <translation>A suspension period must start on a valid date and end on or after it.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The deadline falls more than %1 days after acceptance.</source>
        <translation>The deadline falls more than %1 days after acceptance.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
</context>
<context>
    <name>VerificationAnswer</name>
    <message>
        <location filename="../app/core/sync/VerificationAnswer.cpp" line="+76" />
        <source>The verification answer has an unknown member “%1”.</source>
        <translation>The verification answer has an unknown member “%1”.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The verification answer has no “%1”.</source>
        <translation>The verification answer has no “%1”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” of the verification answer is not an object.</source>
        <translation>“%1” of the verification answer is not an object.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” of the verification answer is not a string.</source>
        <translation>“%1” of the verification answer is not a string.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a verification kind.</source>
        <translation>“%1” is not a verification kind.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a verification result.</source>
        <translation>“%1” is not a verification result.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The verification answer does not name its source.</source>
        <translation>The verification answer does not name its source.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a UTC time such as 2026-03-02T09:15:00Z.</source>
        <translation>“%1” is not a UTC time such as 2026-03-02T09:15:00Z.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a key id (16 lower-case hexadecimal digits).</source>
        <translation>“%1” is not a key id (16 lower-case hexadecimal digits).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The hub's public key is not a usable SM2 public key.</source>
        <translation>The hub's public key is not a usable SM2 public key.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The answer names the signing key “%1”, not this hub's key %2.</source>
        <translation>The answer names the signing key “%1”, not this hub's key %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The signature of the answer is not base64 text.</source>
        <translation>The signature of the answer is not base64 text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The signature does not match the answer: it was changed after the hub signed it, or the hub did not sign it.</source>
        <translation>The signature does not match the answer: it was changed after the hub signed it, or the hub did not sign it.</translation>
    </message>
</context>
<context>
    <name>VerificationStore</name>
    <message>
        <location filename="../app/core/sync/VerificationStore.cpp" line="+134" />
        <source>The hub offers no “%1” verification; check the material on paper.</source>
        <translation>The hub offers no “%1” verification; check the material on paper.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The case does not hold what the “%1” verification asks about.</source>
        <translation>The case does not hold what the “%1” verification asks about.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The answer is for the kind “%1”, which no catalog material names.</source>
        <translation>The answer is for the kind “%1”, which no catalog material names.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The answer is for a case this workstation does not hold.</source>
        <translation>The answer is for a case this workstation does not hold.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The verification answer could not be sealed.</source>
        <translation>The verification answer could not be sealed.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../app/core/calendar/WorkCalendar.cpp" line="+60" />
        <source>File %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The calendar for %1 is given twice.</source>
        <translation>The calendar for %1 is given twice.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The start date is not a valid date.</source>
        <translation>The start date is not a valid date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number of working days must be 0 or more, not %1.</source>
        <translation>The number of working days must be 0 or more, not %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>At most %1 working days can be counted, not %2.</source>
        <translation>At most %1 working days can be counted, not %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The date %1 working days after %2 is out of range.</source>
        <translation>The date %1 working days after %2 is out of range.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Both dates must be valid dates.</source>
        <translation>Both dates must be valid dates.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The dates are more than %1 days apart.</source>
        <translation>The dates are more than %1 days apart.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>No holiday calendar for %1: Monday to Friday are counted as working days there.</source>
        <translation>No holiday calendar for %1: Monday to Friday are counted as working days there.</translation>
    </message>
</context>
<context>
    <name>WorkstationEnrolment</name>
    <message>
        <location filename="../app/core/sync/WorkstationEnrolment.cpp" line="+29" />
        <source>“%1” is not a hub address; give one like http://hub.example:8080.</source>
        <translation>“%1” is not a hub address; give one like http://hub.example:8080.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</source>
        <translation>“%1” is not a station id: use 1 to 24 letters, digits and '-', not starting or ending with '-'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name the window (1 to 64 characters).</source>
        <translation>Name the window (1 to 64 characters).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not a hub administrator; enrolling a workstation needs one.</source>
        <translation>“%1” is not a hub administrator; enrolling a workstation needs one.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The workstation's key cannot be read.</source>
        <translation>The workstation's key cannot be read.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The hub's public key is not a usable SM2 key; nothing was stored.</source>
        <translation>The hub's public key is not a usable SM2 key; nothing was stored.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The hub enrolled another station id (“%1”); nothing was stored.</source>
        <translation>The hub enrolled another station id (“%1”); nothing was stored.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Enrolled, but no receipt block was granted: %1</source>
        <translation>Enrolled, but no receipt block was granted: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enrolled, but the receipt block could not be granted: %1</source>
        <translation>Enrolled, but the receipt block could not be granted: %1</translation>
    </message>
</context>
<context>
    <name>WorkstationKeys</name>
    <message>
        <location filename="../app/core/security/WorkstationKeys.cpp" line="+49" />
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key file %1 is damaged. It was left as it is: without it the personal data in this workstation's cache cannot be read. Restore it from the backup.</source>
        <translation>The key file %1 is damaged. It was left as it is: without it the personal data in this workstation's cache cannot be read. Restore it from the backup.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New workstation keys could not be generated.</source>
        <translation>New workstation keys could not be generated.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The key file %1 cannot be written: %2</source>
        <translation>The key file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ow::core::SimulatedCardReader</name>
    <message>
        <location filename="../app/core/applicant/CardReader.cpp" line="+16" />
        <source>Simulated card reader (%1)</source>
        <translation>Simulated card reader (%1)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The card data is not readable.</source>
        <translation>The card data is not readable.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The card's ID number is not valid: %1</source>
        <translation>The card's ID number is not valid: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The card has no name.</source>
        <translation>The card has no name.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The ID card expired on %1.</source>
        <translation>The ID card expired on %1.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No card on the reader.</source>
        <translation>No card on the reader.</translation>
    </message>
</context>
</TS>
