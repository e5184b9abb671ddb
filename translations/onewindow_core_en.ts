<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>CatalogJson</name>
    <message>
        <location filename="../app/core/catalog/CatalogJson.cpp" line="+66" />
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n characters</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+5" />
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <location line="+38" />
        <source>must be a list of fields</source>
        <translation>must be a list of fields</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+76" />
        <location line="+189" />
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="-286" />
        <source>must start with a lower-case letter and use only a-z, 0-9 and _</source>
        <translation>must start with a lower-case letter and use only a-z, 0-9 and _</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+270" />
        <location line="+21" />
        <location line="+18" />
        <source>“%1” is used twice</source>
        <translation>“%1” is used twice</translation>
    </message>
    <message>
        <location line="-278" />
        <source>“%1” is not a field type</source>
        <translation>“%1” is not a field type</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a choice needs at least one option</source>
        <translation>a choice needs at least one option</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a group needs at least one field</source>
        <translation>a group needs at least one field</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must name a number field of the group</source>
        <translation>must name a number field of the group</translation>
    </message>
    <message>
        <location line="+15" />
        <source>must be a list of materials</source>
        <translation>must be a list of materials</translation>
    </message>
    <message>
        <location line="+25" />
        <source>must be original, copy or original-and-copy</source>
        <translation>must be original, copy or original-and-copy</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be paper, electronic or either</source>
        <translation>must be paper, electronic or either</translation>
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
        <location line="+6" />
        <source>a matter that is not done at once needs a promised time limit</source>
        <translation>a matter that is not done at once needs a promised time limit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the promised time limit cannot exceed the statutory one</source>
        <translation>the promised time limit cannot exceed the statutory one</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the condition refers to “%1”, which is not a field of this matter</source>
        <translation>the condition refers to “%1”, which is not a field of this matter</translation>
    </message>
    <message>
        <location line="+39" />
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
        <location line="+6" />
        <source>must be “onewindow-catalog”</source>
        <translation>must be “onewindow-catalog”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this OneWindow reads catalog format version %1</source>
        <translation>this OneWindow reads catalog format version %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>at least one department is needed</source>
        <translation>at least one department is needed</translation>
    </message>
    <message>
        <location line="+18" />
        <source>must be a list of matters</source>
        <translation>must be a list of matters</translation>
    </message>
    <message>
        <location line="+37" />
        <source>a bundle needs at least two matters</source>
        <translation>a bundle needs at least two matters</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“%1” is not a matter of this catalog</source>
        <translation>“%1” is not a matter of this catalog</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the field “%1” has different types in its matters, so it cannot be asked once</source>
        <translation>the field “%1” has different types in its matters, so it cannot be asked once</translation>
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
</TS>
