<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ecoclaim::Accounts</name>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <source>City supervisor</source>
        <translation>City supervisor</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 2 to 63 lower-case letters, digits and &apos;_&apos;, starting with a letter.</source>
        <translation>&quot;%1&quot; cannot be a login: use 2 to 63 lower-case letters, digits and &apos;_&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The login or the password is not right.</source>
        <translation>The login or the password is not right.</translation>
    </message>
    <message>
        <source>Only an administrator may add or change accounts: sign in as one.</source>
        <translation>Only an administrator may add or change accounts: sign in as one.</translation>
    </message>
    <message>
        <source>Only an administrator may list the accounts: sign in as one.</source>
        <translation>Only an administrator may list the accounts: sign in as one.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Give the person&apos;s name.</translation>
    </message>
    <message>
        <source>A caseworker or unit head belongs to a handling unit: give --unit.</source>
        <translation>A caseworker or unit head belongs to a handling unit: give --unit.</translation>
    </message>
    <message>
        <source>A caseworker or unit head works in a district: give its six-digit code (--district).</source>
        <translation>A caseworker or unit head works in a district: give its six-digit code (--district).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a district code (six digits).</source>
        <translation>&quot;%1&quot; is not a district code (six digits).</translation>
    </message>
    <message>
        <source>The first password must have at least %1 characters.</source>
        <translation>The first password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The first account of a database must be an administrator (--role admin).</source>
        <translation>The first account of a database must be an administrator (--role admin).</translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;.</source>
        <translation>There is already an account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation>The password could not be hashed (not enough memory).</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled already.</source>
        <translation>The account &quot;%1&quot; is disabled already.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is %2 already.</source>
        <translation>The account &quot;%1&quot; is %2 already.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no unit and district: a caseworker or unit head needs both.</source>
        <translation>The account &quot;%1&quot; has no unit and district: a caseworker or unit head needs both.</translation>
    </message>
    <message>
        <source>This connection is signed in to the server as &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>This connection is signed in to the server as &quot;%1&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>After %1 wrong passwords this account is locked until %2 (UTC); try again later.</source>
        <translation>After %1 wrong passwords this account is locked until %2 (UTC); try again later.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>The server connection cannot compute a password verifier.</source>
        <translation>The server connection cannot compute a password verifier.</translation>
    </message>
    <message>
        <source>The server connection cannot compute a password verifier: %1</source>
        <translation>The server connection cannot compute a password verifier: %1</translation>
    </message>
    <message>
        <source>The server refused to create the login &quot;%1&quot; (it may exist already, or this connection may not create roles).</source>
        <translation>The server refused to create the login &quot;%1&quot; (it may exist already, or this connection may not create roles).</translation>
    </message>
    <message>
        <source>The server refused to prepare the staff role: this connection must own the database and be allowed to create roles.</source>
        <translation>The server refused to prepare the staff role: this connection must own the database and be allowed to create roles.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ActionGroup</name>
    <message>
        <source>Clue and verification</source>
        <translation>Clue and verification</translation>
    </message>
    <message>
        <source>Liable parties</source>
        <translation>Liable parties</translation>
    </message>
    <message>
        <source>Investigation and appraisal</source>
        <translation>Investigation and appraisal</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Agreement, court and enforcement</source>
        <translation>Agreement, court and enforcement</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Payments, costs and emergencies</source>
        <translation>Payments, costs and emergencies</translation>
    </message>
    <message>
        <source>Papers and materials</source>
        <translation>Papers and materials</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Jurisdiction, supervision and linked proceedings</source>
        <translation>Jurisdiction, supervision and linked proceedings</translation>
    </message>
    <message>
        <source>Ending, closing and archiving</source>
        <translation>Ending, closing and archiving</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Archive</name>
    <message>
        <source>The archive entry %1 could not be written (error %2).</source>
        <translation>The archive entry %1 could not be written (error %2).</translation>
    </message>
    <message>
        <source>%1 could not be read for the archive.</source>
        <translation>%1 could not be read for the archive.</translation>
    </message>
    <message>
        <source>The archive entry %1 could not be written.</source>
        <translation>The archive entry %1 could not be written.</translation>
    </message>
    <message>
        <source>The stored file %1 has been altered: its bytes no longer match its SHA-256; nothing is exported.</source>
        <translation>The stored file %1 has been altered: its bytes no longer match its SHA-256; nothing is exported.</translation>
    </message>
    <message>
        <source>The archive could not be finished (error %1).</source>
        <translation>The archive could not be finished (error %1).</translation>
    </message>
    <message>
        <source>The PDF %1 could not be read back.</source>
        <translation>The PDF %1 could not be read back.</translation>
    </message>
    <message>
        <source>The audit log of this database is broken (%1); an archive cannot vouch for it.</source>
        <translation>The audit log of this database is broken (%1); an archive cannot vouch for it.</translation>
    </message>
    <message>
        <source>The stored file of &quot;%1&quot; (%2) is missing from %3; nothing is exported.</source>
        <translation>The stored file of &quot;%1&quot; (%2) is missing from %3; nothing is exported.</translation>
    </message>
    <message>
        <source>No temporary folder for the archive&apos;s PDFs.</source>
        <translation>No temporary folder for the archive&apos;s PDFs.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created.</source>
        <translation>The archive %1 cannot be created.</translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read.</source>
        <translation>The stored file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The archive could not be moved to %1.</source>
        <translation>The archive could not be moved to %1.</translation>
    </message>
    <message>
        <source>%1 is not imported: it did not pass verification.</source>
        <translation>%1 is not imported: it did not pass verification.</translation>
    </message>
    <message>
        <source>%1 changed after it was verified; nothing is imported.</source>
        <translation>%1 changed after it was verified; nothing is imported.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is truncated or damaged (its directory cannot be read).</source>
        <translation>%1 is not a ZIP archive, or it is truncated or damaged (its directory cannot be read).</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry of its directory cannot be read.</source>
        <translation>%1 is damaged: an entry of its directory cannot be read.</translation>
    </message>
    <message>
        <source>%1 is damaged: its directory cannot be read (error %2).</source>
        <translation>%1 is damaged: its directory cannot be read (error %2).</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>The archive has more than %1 entries.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot;: %2.</source>
        <translation>Entry &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a symbolic link.</source>
        <translation>Entry &quot;%1&quot; is a symbolic link.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a directory with content.</source>
        <translation>Entry &quot;%1&quot; is a directory with content.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted: an archive must be readable without a password.</source>
        <translation>Entry &quot;%1&quot; is encrypted: an archive must be readable without a password.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses compression method %2 (only stored and deflated are accepted).</source>
        <translation>Entry &quot;%1&quot; uses compression method %2 (only stored and deflated are accepted).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears twice.</source>
        <translation>Entry &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is too large (%2 bytes; at most %3).</source>
        <translation>Entry &quot;%1&quot; is too large (%2 bytes; at most %3).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; would expand %2 times (a ZIP bomb?).</source>
        <translation>Entry &quot;%1&quot; would expand %2 times (a ZIP bomb?).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is stored but its sizes disagree.</source>
        <translation>Entry &quot;%1&quot; is stored but its sizes disagree.</translation>
    </message>
    <message>
        <source>The archive would expand to %1 bytes (at most %2).</source>
        <translation>The archive would expand to %1 bytes (at most %2).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be opened (error %2).</source>
        <translation>Entry &quot;%1&quot; cannot be opened (error %2).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: it cannot be inflated.</source>
        <translation>Entry &quot;%1&quot; is damaged: it cannot be inflated.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; holds more bytes than its header declares.</source>
        <translation>Entry &quot;%1&quot; holds more bytes than its header declares.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; could not be written: %2</source>
        <translation>Entry &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: its checksum (CRC) does not match.</source>
        <translation>Entry &quot;%1&quot; is damaged: its checksum (CRC) does not match.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is shorter than its header declares.</source>
        <translation>Entry &quot;%1&quot; is shorter than its header declares.</translation>
    </message>
    <message>
        <source>Authenticity (真实性)</source>
        <translation>Authenticity (真实性)</translation>
    </message>
    <message>
        <source>Completeness (完整性)</source>
        <translation>Completeness (完整性)</translation>
    </message>
    <message>
        <source>Usability (可用性)</source>
        <translation>Usability (可用性)</translation>
    </message>
    <message>
        <source>Security (安全性)</source>
        <translation>Security (安全性)</translation>
    </message>
    <message>
        <source>Archive %1 — case %2</source>
        <translation>Archive %1 — case %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>All four checks passed.</source>
        <translation>All four checks passed.</translation>
    </message>
    <message>
        <source>The archive did NOT pass verification.</source>
        <translation>The archive did NOT pass verification.</translation>
    </message>
    <message>
        <source>Entry names stay inside the archive; no links, encryption, duplicates; sizes and ratios within limits</source>
        <translation>Entry names stay inside the archive; no links, encryption, duplicates; sizes and ratios within limits</translation>
    </message>
    <message>
        <source>Not examined: the archive failed the security check.</source>
        <translation>Not examined: the archive failed the security check.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Every entry reads whole with its checksum (CRC)</source>
        <translation>Every entry reads whole with its checksum (CRC)</translation>
    </message>
    <message>
        <source>Not examined: an entry could not be read.</source>
        <translation>Not examined: an entry could not be read.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>%1 does not open as a PDF: %2</source>
        <translation>%1 does not open as a PDF: %2</translation>
    </message>
    <message>
        <source>index.html is missing or not a readable UTF-8 HTML page.</source>
        <translation>index.html is missing or not a readable UTF-8 HTML page.</translation>
    </message>
    <message>
        <source>PDFs open, JSON parses, index.html readable</source>
        <translation>PDFs open, JSON parses, index.html readable</translation>
    </message>
    <message>
        <source>Required part %1 is missing.</source>
        <translation>Required part %1 is missing.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an EcoClaim case archive.</source>
        <translation>manifest.json is not the manifest of an EcoClaim case archive.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not in the archive.</source>
        <translation>%1 is listed in the manifest but not in the archive.</translation>
    </message>
    <message>
        <source>%1 is in the archive but not in the manifest (added?).</source>
        <translation>%1 is in the archive but not in the manifest (added?).</translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; has no file in the archive.</source>
        <translation>The evidence &quot;%1&quot; has no file in the archive.</translation>
    </message>
    <message>
        <source>The paper &quot;%1&quot; has no PDF in the archive.</source>
        <translation>The paper &quot;%1&quot; has no PDF in the archive.</translation>
    </message>
    <message>
        <source>Required parts present; every manifest entry present and no other</source>
        <translation>Required parts present; every manifest entry present and no other</translation>
    </message>
    <message>
        <source>Item %1 of the volume is numbered %2 (numbers must run 1, 2, 3… without gaps).</source>
        <translation>Item %1 of the volume is numbered %2 (numbers must run 1, 2, 3… without gaps).</translation>
    </message>
    <message>
        <source>Item %1 of the volume (%2) has no file with its digest in the archive.</source>
        <translation>Item %1 of the volume (%2) has no file with its digest in the archive.</translation>
    </message>
    <message>
        <source>Items of the volume numbered without gaps, each with its file</source>
        <translation>Items of the volume numbered without gaps, each with its file</translation>
    </message>
    <message>
        <source>%1 does not match its digests in the manifest (altered).</source>
        <translation>%1 does not match its digests in the manifest (altered).</translation>
    </message>
    <message>
        <source>Size, SHA-256 and SM3 of every entry equal the manifest</source>
        <translation>Size, SHA-256 and SM3 of every entry equal the manifest</translation>
    </message>
    <message>
        <source>Audit entry %1 does not hash to its recorded value (altered).</source>
        <translation>Audit entry %1 does not hash to its recorded value (altered).</translation>
    </message>
    <message>
        <source>The last audit entry of the case is not the head the manifest recorded (entries removed or added).</source>
        <translation>The last audit entry of the case is not the head the manifest recorded (entries removed or added).</translation>
    </message>
    <message>
        <source>The manifest recorded %1 audit entries; the archive holds %2.</source>
        <translation>The manifest recorded %1 audit entries; the archive holds %2.</translation>
    </message>
    <message>
        <source>The archive holds no audit entries for the case.</source>
        <translation>The archive holds no audit entries for the case.</translation>
    </message>
    <message>
        <source>Audit entries recompute; the case&apos;s chain head equals the manifest&apos;s</source>
        <translation>Audit entries recompute; the case&apos;s chain head equals the manifest&apos;s</translation>
    </message>
    <message>
        <source>The case number differs between the manifest, case.json and tables.json.</source>
        <translation>The case number differs between the manifest, case.json and tables.json.</translation>
    </message>
    <message>
        <source>The case data agrees with the manifest</source>
        <translation>The case data agrees with the manifest</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>%1 is signed by the key %2, not by the key %3 you accepted; nothing was imported.</source>
        <translation>%1 is signed by the key %2, not by the key %3 you accepted; nothing was imported.</translation>
    </message>
    <message>
        <source>The manifest is signed (SM2 with SM3) by a trusted key</source>
        <translation>The manifest is signed (SM2 with SM3) by a trusted key</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</source>
        <translation>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>an entry has no name</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>an absolute path</translation>
    </message>
    <message>
        <source>a backslash in the name (a Windows path)</source>
        <translation>a backslash in the name (a Windows path)</translation>
    </message>
    <message>
        <source>a drive letter</source>
        <translation>a drive letter</translation>
    </message>
    <message>
        <source>characters outside plain ASCII</source>
        <translation>characters outside plain ASCII</translation>
    </message>
    <message>
        <source>a path that leaves the archive or has empty parts (&quot;..&quot;, &quot;.&quot;, &quot;//&quot;)</source>
        <translation>a path that leaves the archive or has empty parts (&quot;..&quot;, &quot;.&quot;, &quot;//&quot;)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ArticleRef</name>
    <message>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <source> ¶%1</source>
        <translation> ¶%1</translation>
    </message>
    <message>
        <source>citation-style: en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Audit</name>
    <message>
        <source>Audit entry %1 was altered after it was written.</source>
        <translation>Audit entry %1 was altered after it was written.</translation>
    </message>
    <message>
        <source>The audit chain is broken before entry %1: an entry was removed or inserted.</source>
        <translation>The audit chain is broken before entry %1: an entry was removed or inserted.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain of %n entries is intact.</source>
        <translation>
            <numerusform>The audit chain of %n entry is intact.</numerusform>
            <numerusform>The audit chain of %n entries is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite quick_check: %1); its audit chain cannot be vouched for. Restore it from a backup.</source>
        <translation>The database file is damaged (SQLite quick_check: %1); its audit chain cannot be vouched for. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::AuditWording</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (version %2)</source>
        <translation>“%1” (version %2)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>the agreement signed on %1</source>
        <translation>the agreement signed on %1</translation>
    </message>
    <message>
        <source>the enforcement applied for on %1</source>
        <translation>the enforcement applied for on %1</translation>
    </message>
    <message>
        <source>enforcement %1</source>
        <translation>enforcement %1</translation>
    </message>
    <message>
        <source>consultation round %1</source>
        <translation>consultation round %1</translation>
    </message>
    <message>
        <source>the emergency action of %1</source>
        <translation>the emergency action of %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case number series</source>
        <translation>Case number series</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>Preliminary verification</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>Damage investigation</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Restoration plan</source>
        <translation>Restoration plan</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>Liable party</translation>
    </message>
    <message>
        <source>Liability share</source>
        <translation>Liability share</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>Consultation notice</translation>
    </message>
    <message>
        <source>Consultation round</source>
        <translation>Consultation round</translation>
    </message>
    <message>
        <source>Party at a consultation round</source>
        <translation>Party at a consultation round</translation>
    </message>
    <message>
        <source>Consultation failure</source>
        <translation>Consultation failure</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Party to an agreement</source>
        <translation>Party to an agreement</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Enforcement event</source>
        <translation>Enforcement event</translation>
    </message>
    <message>
        <source>Dishonest debtor listing</source>
        <translation>Dishonest debtor listing</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Restoration milestone</source>
        <translation>Restoration milestone</translation>
    </message>
    <message>
        <source>Effect evaluation</source>
        <translation>Effect evaluation</translation>
    </message>
    <message>
        <source>Linked proceeding</source>
        <translation>Linked proceeding</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Emergency action</source>
        <translation>Emergency action</translation>
    </message>
    <message>
        <source>Cost advanced</source>
        <translation>Cost advanced</translation>
    </message>
    <message>
        <source>Simple-case grounds</source>
        <translation>Simple-case grounds</translation>
    </message>
    <message>
        <source>Punitive-damages grounds</source>
        <translation>Punitive-damages grounds</translation>
    </message>
    <message>
        <source>Joint case group</source>
        <translation>Joint case group</translation>
    </message>
    <message>
        <source>Member of the joint case group</source>
        <translation>Member of the joint case group</translation>
    </message>
    <message>
        <source>Cross-region cooperation</source>
        <translation>Cross-region cooperation</translation>
    </message>
    <message>
        <source>Supervision instruction</source>
        <translation>Supervision instruction</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>Supervision report</translation>
    </message>
    <message>
        <source>Timetable item</source>
        <translation>Timetable item</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation>Reply to the reporter</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deadline adjustment</source>
        <translation>Deadline adjustment</translation>
    </message>
    <message>
        <source>Deadline change</source>
        <translation>Deadline change</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Service of a paper</source>
        <translation>Service of a paper</translation>
    </message>
    <message>
        <source>Paper number series</source>
        <translation>Paper number series</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Stored file</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Timeline event</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Audit entry</translation>
    </message>
    <message>
        <source>Applied script line</source>
        <translation>Applied script line</translation>
    </message>
    <message>
        <source>Bureau setting</source>
        <translation>Bureau setting</translation>
    </message>
    <message>
        <source>Holiday calendar year</source>
        <translation>Holiday calendar year</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>Last changed at</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>SHA-256 digest</source>
        <translation>SHA-256 digest</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Last serial number</source>
        <translation>Last serial number</translation>
    </message>
    <message>
        <source>Description of the clue</source>
        <translation>Description of the clue</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>Major case</translation>
    </message>
    <message>
        <source>Early handling requested on</source>
        <translation>Early handling requested on</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Names of the liable parties</source>
        <translation>Names of the liable parties</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Kind of the next deadline</source>
        <translation>Kind of the next deadline</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>Archived at</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>Kind of party</translation>
    </message>
    <message>
        <source>Verification concluded on</source>
        <translation>Verification concluded on</translation>
    </message>
    <message>
        <source>Kind of decision</source>
        <translation>Kind of decision</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Investigation concluded on</source>
        <translation>Investigation concluded on</translation>
    </message>
    <message>
        <source>Scope of the damage</source>
        <translation>Scope of the damage</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Causation</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>Appraisal mode</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>State of the appraisal</source>
        <translation>State of the appraisal</translation>
    </message>
    <message>
        <source>Why the appraisal stopped</source>
        <translation>Why the appraisal stopped</translation>
    </message>
    <message>
        <source>Scope of restoration</source>
        <translation>Scope of restoration</translation>
    </message>
    <message>
        <source>Restoration targets</source>
        <translation>Restoration targets</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Form of consultation</source>
        <translation>Form of consultation</translation>
    </message>
    <message>
        <source>Summary of the round</source>
        <translation>Summary of the round</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>What it pays</source>
        <translation>What it pays</translation>
    </message>
    <message>
        <source>Summary of the judgment</source>
        <translation>Summary of the judgment</translation>
    </message>
    <message>
        <source>Claimed: interim loss</source>
        <translation>Claimed: interim loss</translation>
    </message>
    <message>
        <source>Claimed: permanent loss</source>
        <translation>Claimed: permanent loss</translation>
    </message>
    <message>
        <source>Claimed: appraisal costs</source>
        <translation>Claimed: appraisal costs</translation>
    </message>
    <message>
        <source>Claimed: restoration costs</source>
        <translation>Claimed: restoration costs</translation>
    </message>
    <message>
        <source>Claimed: prevention costs</source>
        <translation>Claimed: prevention costs</translation>
    </message>
    <message>
        <source>Claimed: punitive damages</source>
        <translation>Claimed: punitive damages</translation>
    </message>
    <message>
        <source>Pre-emptive restoration</source>
        <translation>Pre-emptive restoration</translation>
    </message>
    <message>
        <source>Milestone due on</source>
        <translation>Milestone due on</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Evaluation method</translation>
    </message>
    <message>
        <source>Targets evaluated</source>
        <translation>Targets evaluated</translation>
    </message>
    <message>
        <source>Kind of proceeding</source>
        <translation>Kind of proceeding</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Stage before</source>
        <translation>Stage before</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>Stage after</translation>
    </message>
    <message>
        <source>Command as given</source>
        <translation>Command as given</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Digest of the previous entry</source>
        <translation>Digest of the previous entry</translation>
    </message>
    <message>
        <source>Digest of the entry</source>
        <translation>Digest of the entry</translation>
    </message>
    <message>
        <source>Kind of deadline</source>
        <translation>Kind of deadline</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation>Runs from</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>State of the deadline</source>
        <translation>State of the deadline</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>Calendar note</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Due before</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Due after</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Holiday table</source>
        <translation>Holiday table</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>SM3 digest</source>
        <translation>SM3 digest</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Size in bytes</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Kind of material</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Last paper number</source>
        <translation>Last paper number</translation>
    </message>
    <message>
        <source>Paper number</source>
        <translation>Paper number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Details given</source>
        <translation>Details given</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <source>SHA-256 of the ODT</source>
        <translation>SHA-256 of the ODT</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generated by</translation>
    </message>
    <message>
        <source>SHA-256 of the text</source>
        <translation>SHA-256 of the text</translation>
    </message>
    <message>
        <source>Fixed by</source>
        <translation>Fixed by</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Why it was replaced</source>
        <translation>Why it was replaced</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Share in money</source>
        <translation>Share in money</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>The unit&apos;s own key</source>
        <translation>The unit&apos;s own key</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Retired at</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Line id</translation>
    </message>
    <message>
        <source>Digest of the line</source>
        <translation>Digest of the line</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Applied by</translation>
    </message>
    <message>
        <source>Enforcement concluded on</source>
        <translation>Enforcement concluded on</translation>
    </message>
    <message>
        <source>Note on the result</source>
        <translation>Note on the result</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Why it was removed</source>
        <translation>Why it was removed</translation>
    </message>
    <message>
        <source>Why consultation failed</source>
        <translation>Why consultation failed</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>Why the department acted</translation>
    </message>
    <message>
        <source>Claimed as</source>
        <translation>Claimed as</translation>
    </message>
    <message>
        <source>Amount advanced</source>
        <translation>Amount advanced</translation>
    </message>
    <message>
        <source>Party assuming the obligation</source>
        <translation>Party assuming the obligation</translation>
    </message>
    <message>
        <source>Instalment due on</source>
        <translation>Instalment due on</translation>
    </message>
    <message>
        <source>Instalment amount</source>
        <translation>Instalment amount</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>To be done by</translation>
    </message>
    <message>
        <source>How the reporter was answered</source>
        <translation>How the reporter was answered</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Content of a stored file (server)</source>
        <translation>Content of a stored file (server)</translation>
    </message>
    <message>
        <source>Piece of a stored file (server)</source>
        <translation>Piece of a stored file (server)</translation>
    </message>
    <message>
        <source>Number of pieces</source>
        <translation>Number of pieces</translation>
    </message>
    <message>
        <source>Bytes of the piece</source>
        <translation>Bytes of the piece</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Decision awaiting approval</source>
        <translation>Decision awaiting approval</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Wrong passwords in a row</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation>Decision proposed</translation>
    </message>
    <message>
        <source>Details of the decision</source>
        <translation>Details of the decision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Item of the day&apos;s work put off</source>
        <translation>Item of the day&apos;s work put off</translation>
    </message>
    <message>
        <source>Spreadsheet import</source>
        <translation>Spreadsheet import</translation>
    </message>
    <message>
        <source>Case of a spreadsheet import</source>
        <translation>Case of a spreadsheet import</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Put off until</source>
        <translation>Put off until</translation>
    </message>
    <message>
        <source>Put off by</source>
        <translation>Put off by</translation>
    </message>
    <message>
        <source>Put off at</source>
        <translation>Put off at</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>What was imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 of the file</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Undone at</source>
        <translation>Undone at</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Undone by</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Row of the file</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <source>Steps the row ran</source>
        <translation>Steps the row ran</translation>
    </message>
    <message>
        <source>Tables holding records of the case</source>
        <translation>Tables holding records of the case</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Backup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client); a server database is backed up with it.</source>
        <translation>%1 is not installed (Debian package postgresql-client); a server database is backed up with it.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was removed: %2</source>
        <translation>The backup %1 failed its check and was removed: %2</translation>
    </message>
    <message>
        <source>the copy has no %1</source>
        <translation>the copy has no %1</translation>
    </message>
    <message>
        <source>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</source>
        <translation>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseReader</name>
    <message>
        <source>Case %1 holds no evidence file %2.</source>
        <translation>Case %1 holds no evidence file %2.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot; among the cases you may see.</source>
        <translation>There is no case &quot;%1&quot; among the cases you may see.</translation>
    </message>
    <message>
        <source>%1 asks for approval: %2</source>
        <translation>%1 asks for approval: %2</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Approval pending</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseService</name>
    <message>
        <source>The command has no &quot;cmd&quot;: say what to do, such as &quot;register_clue&quot;.</source>
        <translation>The command has no &quot;cmd&quot;: say what to do, such as &quot;register_clue&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command EcoClaim knows (see docs/commands.md).</source>
        <translation>&quot;%1&quot; is not a command EcoClaim knows (see docs/commands.md).</translation>
    </message>
    <message>
        <source>Say which case: &quot;case&quot; is its number or id.</source>
        <translation>Say which case: &quot;case&quot; is its number or id.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Say which file to add: &quot;file&quot; is its path.</source>
        <translation>Say which file to add: &quot;file&quot; is its path.</translation>
    </message>
    <message>
        <source>The search index held %1 of the %2 cases (an interrupted bulk load or an incomplete copy); it was rebuilt, and every case can be found again.</source>
        <translation>The search index held %1 of the %2 cases (an interrupted bulk load or an incomplete copy); it was rebuilt, and every case can be found again.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Actor: &quot;%1&quot; begins or ends with blanks.</source>
        <translation>Actor: &quot;%1&quot; begins or ends with blanks.</translation>
    </message>
    <message>
        <source>&quot;id&quot; names the line for a rerun: it must be a non-empty text (a JSON string).</source>
        <translation>&quot;id&quot; names the line for a rerun: it must be a non-empty text (a JSON string).</translation>
    </message>
    <message>
        <source>Already applied (id &quot;%1&quot;, %2 by %3): skipped.</source>
        <translation>Already applied (id &quot;%1&quot;, %2 by %3): skipped.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; was applied on %2 by %3 to a different command; an id names one command only. Nothing was done.</source>
        <translation>The id &quot;%1&quot; was applied on %2 by %3 to a different command; an id names one command only. Nothing was done.</translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation>There is no proposal %1.</translation>
    </message>
    <message>
        <source>Proposed for the unit head&apos;s approval (proposal %1): %2</source>
        <translation>Proposed for the unit head&apos;s approval (proposal %1): %2</translation>
    </message>
    <message>
        <source>Only the unit head of the case&apos;s unit approves a decision.</source>
        <translation>Only the unit head of the case&apos;s unit approves a decision.</translation>
    </message>
    <message>
        <source>This database has accounts: sign in before changing a case.</source>
        <translation>This database has accounts: sign in before changing a case.</translation>
    </message>
    <message>
        <source>Proposal %1 was decided already (%2).</source>
        <translation>Proposal %1 was decided already (%2).</translation>
    </message>
    <message>
        <source>Proposal %1 was decided already.</source>
        <translation>Proposal %1 was decided already.</translation>
    </message>
    <message>
        <source>Say why the approval is refused.</source>
        <translation>Say why the approval is refused.</translation>
    </message>
    <message>
        <source>Only an administrator or an archivist may import an archived case.</source>
        <translation>Only an administrator or an archivist may import an archived case.</translation>
    </message>
    <message>
        <source>%1 (%2) reads cases and does not change them.</source>
        <translation>%1 (%2) reads cases and does not change them.</translation>
    </message>
    <message>
        <source>An archivist only archives closed cases (Art. 42).</source>
        <translation>An archivist only archives closed cases (Art. 42).</translation>
    </message>
    <message>
        <source>Case %1 belongs to another unit or district than %2&apos;s.</source>
        <translation>Case %1 belongs to another unit or district than %2&apos;s.</translation>
    </message>
    <message>
        <source>Only an administrator may import a calendar year.</source>
        <translation>Only an administrator may import a calendar year.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; names a command applied before on a case you may not see: give this line another id. Nothing was done.</source>
        <translation>The id &quot;%1&quot; names a command applied before on a case you may not see: give this line another id. Nothing was done.</translation>
    </message>
    <message>
        <source>The case file brought up to date after the command (tables %1) differs from the file read whole: a write did not report its table.</source>
        <translation>The case file brought up to date after the command (tables %1) differs from the file read whole: a write did not report its table.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>The file holds no rows to import.</translation>
    </message>
    <message>
        <source>An import registers new clues only; &quot;%1&quot; is not taken here.</source>
        <translation>An import registers new clues only; &quot;%1&quot; is not taken here.</translation>
    </message>
    <message>
        <source>%1 needs the unit head&apos;s approval and cannot be imported.</source>
        <translation>%1 needs the unit head&apos;s approval and cannot be imported.</translation>
    </message>
    <message>
        <source>Import batch %1 was undone on %2 by %3; nothing was done.</source>
        <translation>Import batch %1 was undone on %2 by %3; nothing was done.</translation>
    </message>
    <message>
        <source>Import batch %1 was imported by %2: only they or an administrator may undo it.</source>
        <translation>Import batch %1 was imported by %2: only they or an administrator may undo it.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: case %2 (row %3) — %4. Nothing was removed; correct or close that case through its own commands instead.</source>
        <translation>Import batch %1 cannot be undone: case %2 (row %3) — %4. Nothing was removed; correct or close that case through its own commands instead.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: case %2 is not yours to change.</source>
        <translation>Import batch %1 cannot be undone: case %2 is not yours to change.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of a case already registered.</source>
        <translation>&quot;%1&quot; is not a step of a case already registered.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <source>outcome %1 with them, %2 without</source>
        <translation>outcome %1 with them, %2 without</translation>
    </message>
    <message>
        <source>the case file stored differs</source>
        <translation>the case file stored differs</translation>
    </message>
    <message>
        <source>deadline rows %1 with them, %2 without</source>
        <translation>deadline rows %1 with them, %2 without</translation>
    </message>
    <message>
        <source>The command %1 is declared not to read the case&apos;s evidence, papers and liability shares (core/service/commandparts.cpp), but without them it decided otherwise: %2. Nothing was done.</source>
        <translation>The command %1 is declared not to read the case&apos;s evidence, papers and liability shares (core/service/commandparts.cpp), but without them it decided otherwise: %2. Nothing was done.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CaseTransfer</name>
    <message>
        <source>The case data holds no case row.</source>
        <translation>The case data holds no case row.</translation>
    </message>
    <message>
        <source>This database already holds case %1; it is not imported twice.</source>
        <translation>This database already holds case %1; it is not imported twice.</translation>
    </message>
    <message>
        <source>The case data has a table %1 this version of EcoClaim does not know.</source>
        <translation>The case data has a table %1 this version of EcoClaim does not know.</translation>
    </message>
    <message>
        <source>The case data has a column %1.%2 this version of EcoClaim does not know.</source>
        <translation>The case data has a column %1.%2 this version of EcoClaim does not know.</translation>
    </message>
    <message>
        <source>The case data is inconsistent: %1.%2 names a row that is not in it.</source>
        <translation>The case data is inconsistent: %1.%2 names a row that is not in it.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Catalogue</name>
    <message>
        <source>Central or municipal environmental protection inspection</source>
        <translation>Central or municipal environmental protection inspection</translation>
    </message>
    <message>
        <source>Sudden environmental incident</source>
        <translation>Sudden environmental incident</translation>
    </message>
    <message>
        <source>Administrative penalty case on resources or the environment</source>
        <translation>Administrative penalty case on resources or the environment</translation>
    </message>
    <message>
        <source>Suspected crime against environmental and resource protection</source>
        <translation>Suspected crime against environmental and resource protection</translation>
    </message>
    <message>
        <source>Pollution or ecological damage in an ecological red-line area or key ecological function zone</source>
        <translation>Pollution or ecological damage in an ecological red-line area or key ecological function zone</translation>
    </message>
    <message>
        <source>Routine supervision, enforcement patrols or special campaigns</source>
        <translation>Routine supervision, enforcement patrols or special campaigns</translation>
    </message>
    <message>
        <source>Petitions, complaints, tip-offs or media reports</source>
        <translation>Petitions, complaints, tip-offs or media reports</translation>
    </message>
    <message>
        <source>Assigned by a higher authority</source>
        <translation>Assigned by a higher authority</translation>
    </message>
    <message>
        <source>Referred by the procuratorate</source>
        <translation>Referred by the procuratorate</translation>
    </message>
    <message>
        <source>Referred by a court</source>
        <translation>Referred by a court</translation>
    </message>
    <message>
        <source>Other channel set by the compensation right holder</source>
        <translation>Other channel set by the compensation right holder</translation>
    </message>
    <message>
        <source>Claim for personal injury or loss of private or collective property (Civil Code)</source>
        <translation>Claim for personal injury or loss of private or collective property (Civil Code)</translation>
    </message>
    <message>
        <source>Marine environmental damage (Marine Environment Protection Law)</source>
        <translation>Marine environmental damage (Marine Environment Protection Law)</translation>
    </message>
    <message>
        <source>Legacy damage with no identifiable responsible party</source>
        <translation>Legacy damage with no identifiable responsible party</translation>
    </message>
    <message>
        <source>The obligor has already fulfilled the compensation obligation</source>
        <translation>The obligor has already fulfilled the compensation obligation</translation>
    </message>
    <message>
        <source>An effective court judgment on the same damage fully covers the claim</source>
        <translation>An effective court judgment on the same damage fully covers the claim</translation>
    </message>
    <message>
        <source>The damage is negligible and needs no compensation</source>
        <translation>The damage is negligible and needs no compensation</translation>
    </message>
    <message>
        <source>The obligor has been dissolved or has died, and has no property to enforce against</source>
        <translation>The obligor has been dissolved or has died, and has no property to enforce against</translation>
    </message>
    <message>
        <source>The obligor discharged lawfully under a permit, as national rules require</source>
        <translation>The obligor discharged lawfully under a permit, as national rules require</translation>
    </message>
    <message>
        <source>Other grounds for not starting a claim</source>
        <translation>Other grounds for not starting a claim</translation>
    </message>
    <message>
        <source>Loss of ecological services until restoration is complete</source>
        <translation>Loss of ecological services until restoration is complete</translation>
    </message>
    <message>
        <source>Loss from permanent damage to ecological functions</source>
        <translation>Loss from permanent damage to ecological functions</translation>
    </message>
    <message>
        <source>Costs of damage investigation, appraisal and assessment</source>
        <translation>Costs of damage investigation, appraisal and assessment</translation>
    </message>
    <message>
        <source>Costs of removing pollution and restoring the environment</source>
        <translation>Costs of removing pollution and restoring the environment</translation>
    </message>
    <message>
        <source>Reasonable costs of preventing the damage from occurring or spreading</source>
        <translation>Reasonable costs of preventing the damage from occurring or spreading</translation>
    </message>
    <message>
        <source>Commission an appraisal institution</source>
        <translation>Commission an appraisal institution</translation>
    </message>
    <message>
        <source>Commission an appraisal institution jointly with the obligor</source>
        <translation>Commission an appraisal institution jointly with the obligor</translation>
    </message>
    <message>
        <source>Expert assessment (at least three experts)</source>
        <translation>Expert assessment (at least three experts)</translation>
    </message>
    <message>
        <source>Comprehensive finding from the case&apos;s legal documents and monitoring reports</source>
        <translation>Comprehensive finding from the case&apos;s legal documents and monitoring reports</translation>
    </message>
    <message>
        <source>Replanting at another site</source>
        <translation>Replanting at another site</translation>
    </message>
    <message>
        <source>Creating habitats for wildlife</source>
        <translation>Creating habitats for wildlife</translation>
    </message>
    <message>
        <source>Purchasing carbon sinks</source>
        <translation>Purchasing carbon sinks</translation>
    </message>
    <message>
        <source>Labour in lieu of payment</source>
        <translation>Labour in lieu of payment</translation>
    </message>
    <message>
        <source>Offset by technical upgrades</source>
        <translation>Offset by technical upgrades</translation>
    </message>
    <message>
        <source>Other alternative restoration</source>
        <translation>Other alternative restoration</translation>
    </message>
    <message>
        <source>The obligor refused consultation or did not reply by the deadline in the notice</source>
        <translation>The obligor refused consultation or did not reply by the deadline in the notice</translation>
    </message>
    <message>
        <source>The obligor stayed away from or left a consultation meeting without good reason</source>
        <translation>The obligor stayed away from or left a consultation meeting without good reason</translation>
    </message>
    <message>
        <source>The consultation period or number of rounds was exceeded without agreement</source>
        <translation>The consultation period or number of rounds was exceeded without agreement</translation>
    </message>
    <message>
        <source>The department considers agreement impossible for other reasons</source>
        <translation>The department considers agreement impossible for other reasons</translation>
    </message>
    <message>
        <source>An agreement without judicial confirmation was not performed, or not in full</source>
        <translation>An agreement without judicial confirmation was not performed, or not in full</translation>
    </message>
    <message>
        <source>Served in person</source>
        <translation>Served in person</translation>
    </message>
    <message>
        <source>Served by post</source>
        <translation>Served by post</translation>
    </message>
    <message>
        <source>Left at the address after refusal</source>
        <translation>Left at the address after refusal</translation>
    </message>
    <message>
        <source>Served electronically</source>
        <translation>Served electronically</translation>
    </message>
    <message>
        <source>Served by public notice</source>
        <translation>Served by public notice</translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation>Meeting in person</translation>
    </message>
    <message>
        <source>By correspondence</source>
        <translation>By correspondence</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online meeting</translation>
    </message>
    <message>
        <source>Signing by post</source>
        <translation>Signing by post</translation>
    </message>
    <message>
        <source>The obligor restores the damage itself</source>
        <translation>The obligor restores the damage itself</translation>
    </message>
    <message>
        <source>A commissioned third party restores it</source>
        <translation>A commissioned third party restores it</translation>
    </message>
    <message>
        <source>The right holder organises restoration at the obligor&apos;s cost</source>
        <translation>The right holder organises restoration at the obligor&apos;s cost</translation>
    </message>
    <message>
        <source>Alternative restoration</source>
        <translation>Alternative restoration</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>Criminal case</source>
        <translation>Criminal case</translation>
    </message>
    <message>
        <source>Public-interest litigation by the procuratorate</source>
        <translation>Public-interest litigation by the procuratorate</translation>
    </message>
    <message>
        <source>Suit supported by the procuratorate</source>
        <translation>Suit supported by the procuratorate</translation>
    </message>
    <message>
        <source>Legal person (company or institution)</source>
        <translation>Legal person (company or institution)</translation>
    </message>
    <message>
        <source>Unincorporated organisation</source>
        <translation>Unincorporated organisation</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>Shanghai (city level)</source>
        <translation>Shanghai (city level)</translation>
    </message>
    <message>
        <source>Huangpu District</source>
        <translation>Huangpu District</translation>
    </message>
    <message>
        <source>Xuhui District</source>
        <translation>Xuhui District</translation>
    </message>
    <message>
        <source>Changning District</source>
        <translation>Changning District</translation>
    </message>
    <message>
        <source>Jing&apos;an District</source>
        <translation>Jing&apos;an District</translation>
    </message>
    <message>
        <source>Putuo District</source>
        <translation>Putuo District</translation>
    </message>
    <message>
        <source>Hongkou District</source>
        <translation>Hongkou District</translation>
    </message>
    <message>
        <source>Yangpu District</source>
        <translation>Yangpu District</translation>
    </message>
    <message>
        <source>Minhang District</source>
        <translation>Minhang District</translation>
    </message>
    <message>
        <source>Baoshan District</source>
        <translation>Baoshan District</translation>
    </message>
    <message>
        <source>Jiading District</source>
        <translation>Jiading District</translation>
    </message>
    <message>
        <source>Pudong New Area</source>
        <translation>Pudong New Area</translation>
    </message>
    <message>
        <source>Jinshan District</source>
        <translation>Jinshan District</translation>
    </message>
    <message>
        <source>Songjiang District</source>
        <translation>Songjiang District</translation>
    </message>
    <message>
        <source>Qingpu District</source>
        <translation>Qingpu District</translation>
    </message>
    <message>
        <source>Fengxian District</source>
        <translation>Fengxian District</translation>
    </message>
    <message>
        <source>Chongming District</source>
        <translation>Chongming District</translation>
    </message>
    <message>
        <source>Shanghai Municipal Bureau of Ecology and Environment</source>
        <translation>Shanghai Municipal Bureau of Ecology and Environment</translation>
    </message>
    <message>
        <source>Shanghai Municipal Bureau of Planning and Natural Resources</source>
        <translation>Shanghai Municipal Bureau of Planning and Natural Resources</translation>
    </message>
    <message>
        <source>Shanghai Municipal Commission of Housing and Urban-Rural Development</source>
        <translation>Shanghai Municipal Commission of Housing and Urban-Rural Development</translation>
    </message>
    <message>
        <source>Shanghai Water Authority</source>
        <translation>Shanghai Water Authority</translation>
    </message>
    <message>
        <source>Shanghai Municipal Agriculture and Rural Affairs Commission</source>
        <translation>Shanghai Municipal Agriculture and Rural Affairs Commission</translation>
    </message>
    <message>
        <source>Shanghai Landscaping and City Appearance Administration</source>
        <translation>Shanghai Landscaping and City Appearance Administration</translation>
    </message>
    <message>
        <source>Shanghai Municipal Transportation Commission</source>
        <translation>Shanghai Municipal Transportation Commission</translation>
    </message>
    <message>
        <source>Shanghai Maritime Safety Administration</source>
        <translation>Shanghai Maritime Safety Administration</translation>
    </message>
    <message>
        <source>Administrative committee concerned (free trade zone, Lingang…)</source>
        <translation>Administrative committee concerned (free trade zone, Lingang…)</translation>
    </message>
    <message>
        <source>District Bureau of Ecology and Environment</source>
        <translation>District Bureau of Ecology and Environment</translation>
    </message>
    <message>
        <source>District Water Authority</source>
        <translation>District Water Authority</translation>
    </message>
    <message>
        <source>District Bureau of Planning and Natural Resources</source>
        <translation>District Bureau of Planning and Natural Resources</translation>
    </message>
    <message>
        <source>District Agriculture and Rural Affairs Commission</source>
        <translation>District Agriculture and Rural Affairs Commission</translation>
    </message>
    <message>
        <source>District Landscaping and City Appearance Bureau</source>
        <translation>District Landscaping and City Appearance Bureau</translation>
    </message>
    <message>
        <source>District Construction and Management Commission</source>
        <translation>District Construction and Management Commission</translation>
    </message>
    <message>
        <source>Town government or sub-district office</source>
        <translation>Town government or sub-district office</translation>
    </message>
    <message>
        <source>Start consultation</source>
        <translation>Start consultation</translation>
    </message>
    <message>
        <source>Terminate the claim</source>
        <translation>Terminate the claim</translation>
    </message>
    <message>
        <source>Agrees to consult</source>
        <translation>Agrees to consult</translation>
    </message>
    <message>
        <source>Refuses to consult</source>
        <translation>Refuses to consult</translation>
    </message>
    <message>
        <source>Claim upheld</source>
        <translation>Claim upheld</translation>
    </message>
    <message>
        <source>Claim partly upheld</source>
        <translation>Claim partly upheld</translation>
    </message>
    <message>
        <source>Claim dismissed</source>
        <translation>Claim dismissed</translation>
    </message>
    <message>
        <source>Settled by court mediation</source>
        <translation>Settled by court mediation</translation>
    </message>
    <message>
        <source>Evaluation institution</source>
        <translation>Evaluation institution</translation>
    </message>
    <message>
        <source>Expert evaluation (simple cases)</source>
        <translation>Expert evaluation (simple cases)</translation>
    </message>
    <message>
        <source>Comprehensive determination (simple cases)</source>
        <translation>Comprehensive determination (simple cases)</translation>
    </message>
    <message>
        <source>The investigation concluded the claim should end</source>
        <translation>The investigation concluded the claim should end</translation>
    </message>
    <message>
        <source>Investigation materials</source>
        <translation>Investigation materials</translation>
    </message>
    <message>
        <source>Appraisal opinion or assessment report</source>
        <translation>Appraisal opinion or assessment report</translation>
    </message>
    <message>
        <source>Consultation materials</source>
        <translation>Consultation materials</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>Compensation agreement</translation>
    </message>
    <message>
        <source>Judgment or ruling</source>
        <translation>Judgment or ruling</translation>
    </message>
    <message>
        <source>Restoration materials</source>
        <translation>Restoration materials</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>Other material</translation>
    </message>
    <message>
        <source>Individual business (operator)</source>
        <translation>Individual business (operator)</translation>
    </message>
    <message>
        <source>As the appraisal apportions it</source>
        <translation>As the appraisal apportions it</translation>
    </message>
    <message>
        <source>As the agreement apportions it</source>
        <translation>As the agreement apportions it</translation>
    </message>
    <message>
        <source>Handed over to the procuratorate for a public-interest suit</source>
        <translation>Handed over to the procuratorate for a public-interest suit</translation>
    </message>
    <message>
        <source>Evidence fixed in administrative enforcement</source>
        <translation>Evidence fixed in administrative enforcement</translation>
    </message>
    <message>
        <source>Opinion or report commissioned by the police</source>
        <translation>Opinion or report commissioned by the police</translation>
    </message>
    <message>
        <source>Opinion or report commissioned by the procuratorate</source>
        <translation>Opinion or report commissioned by the procuratorate</translation>
    </message>
    <message>
        <source>Third-party monitoring report adopted in enforcement</source>
        <translation>Third-party monitoring report adopted in enforcement</translation>
    </message>
    <message>
        <source>The department itself</source>
        <translation>The department itself</translation>
    </message>
    <message>
        <source>A third party commissioned by the department</source>
        <translation>A third party commissioned by the department</translation>
    </message>
    <message>
        <source>The liable party</source>
        <translation>The liable party</translation>
    </message>
    <message>
        <source>The town government or sub-district office, assisting</source>
        <translation>The town government or sub-district office, assisting</translation>
    </message>
    <message>
        <source>The liable party cannot perform</source>
        <translation>The liable party cannot perform</translation>
    </message>
    <message>
        <source>No consensus on restoration was reached</source>
        <translation>No consensus on restoration was reached</translation>
    </message>
    <message>
        <source>The liable party is not yet identified</source>
        <translation>The liable party is not yet identified</translation>
    </message>
    <message>
        <source>Emergency control and clean-up</source>
        <translation>Emergency control and clean-up</translation>
    </message>
    <message>
        <source>Monitoring and testing</source>
        <translation>Monitoring and testing</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>Damage investigation</translation>
    </message>
    <message>
        <source>Appraisal and assessment</source>
        <translation>Appraisal and assessment</translation>
    </message>
    <message>
        <source>Restoration done on the party&apos;s behalf</source>
        <translation>Restoration done on the party&apos;s behalf</translation>
    </message>
    <message>
        <source>Other reasonable costs</source>
        <translation>Other reasonable costs</translation>
    </message>
    <message>
        <source>The court accepted the application</source>
        <translation>The court accepted the application</translation>
    </message>
    <message>
        <source>Property available for enforcement found</source>
        <translation>Property available for enforcement found</translation>
    </message>
    <message>
        <source>Property seized, frozen or distrained</source>
        <translation>Property seized, frozen or distrained</translation>
    </message>
    <message>
        <source>Restoration ordered to be performed or done at the debtor&apos;s cost</source>
        <translation>Restoration ordered to be performed or done at the debtor&apos;s cost</translation>
    </message>
    <message>
        <source>Hearing or interview of the debtor</source>
        <translation>Hearing or interview of the debtor</translation>
    </message>
    <message>
        <source>Other step</source>
        <translation>Other step</translation>
    </message>
    <message>
        <source>Enforced in full</source>
        <translation>Enforced in full</translation>
    </message>
    <message>
        <source>Enforced in part</source>
        <translation>Enforced in part</translation>
    </message>
    <message>
        <source>Ended for lack of assets to enforce against</source>
        <translation>Ended for lack of assets to enforce against</translation>
    </message>
    <message>
        <source>Settlement reached in enforcement</source>
        <translation>Settlement reached in enforcement</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <source>Major impact nationwide</source>
        <translation>Major impact nationwide</translation>
    </message>
    <message>
        <source>A case the city&apos;s implementation plan reserves for the city</source>
        <translation>A case the city&apos;s implementation plan reserves for the city</translation>
    </message>
    <message>
        <source>The damage spans several districts</source>
        <translation>The damage spans several districts</translation>
    </message>
    <message>
        <source>Assigned to the city by the right holder</source>
        <translation>Assigned to the city by the right holder</translation>
    </message>
    <message>
        <source>Handed over to the procuratorate&apos;s civil public-interest suit</source>
        <translation>Handed over to the procuratorate&apos;s civil public-interest suit</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>Punitive damages</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>Preliminary verification</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Consultation round</source>
        <translation>Consultation round</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Restoration milestone</source>
        <translation>Restoration milestone</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation</source>
        <translation>Restoration-effect evaluation</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Cli</name>
    <message numerus="yes">
        <source>%n line(s) applied before the refusal; the refused line changed nothing.</source>
        <translation>
            <numerusform>%n line applied before the refusal; the refused line changed nothing.</numerusform>
            <numerusform>%n lines applied before the refusal; the refused line changed nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo set loaded: %n case(s)</source>
        <translation>
            <numerusform>Demo set loaded: %n case</numerusform>
            <numerusform>Demo set loaded: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 commands.</source>
        <translation>, %1 commands.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli calendar is-workday DATE
       ecoclaim-cli calendar add-workdays DATE N
       ecoclaim-cli calendar latest-service MEETING_DATE [--strict|--lenient]</source>
        <translation>usage: ecoclaim-cli calendar is-workday DATE
       ecoclaim-cli calendar add-workdays DATE N
       ecoclaim-cli calendar latest-service MEETING_DATE [--strict|--lenient]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (write YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a real date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>reading: the meeting may be the 5th working day after service (Art. 19)</source>
        <translation>reading: the meeting may be the 5th working day after service (Art. 19)</translation>
    </message>
    <message>
        <source>reading: at least 5 full working days between service and meeting (Art. 19)</source>
        <translation>reading: at least 5 full working days between service and meeting (Art. 19)</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Database ready: %1</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;; stages are: %2</source>
        <translation>Unknown stage &quot;%1&quot;; stages are: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shanghai district.</source>
        <translation>&quot;%1&quot; is not a Shanghai district.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli case show ID|CASE_NO [--json]</source>
        <translation>usage: ecoclaim-cli case show ID|CASE_NO [--json]</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>District: %1   Unit: %2</source>
        <translation>District: %1   Unit: %2</translation>
    </message>
    <message>
        <source>Liable party %1: %2 %3</source>
        <translation>Liable party %1: %2 %3</translation>
    </message>
    <message>
        <source>Amount claimed: %1 yuan (%2)</source>
        <translation>Amount claimed: %1 yuan (%2)</translation>
    </message>
    <message>
        <source>Deadline %1: %2 — %3 (%4)</source>
        <translation>Deadline %1: %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli apply FILE.jsonl   (use - for standard input)</source>
        <translation>usage: ecoclaim-cli apply FILE.jsonl   (use - for standard input)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Head: %1</translation>
    </message>
    <message>
        <source>Calendar %1 imported; every deadline was recomputed with it.</source>
        <translation>Calendar %1 imported; every deadline was recomputed with it.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>done or removed</source>
        <translation>done or removed</translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to %1 (%n row(s)).</source>
        <translation>
            <numerusform>Ledger written to %1 (%n row).</numerusform>
            <numerusform>Ledger written to %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] backup --out FILE</source>
        <translation>usage: ecoclaim-cli [--db PATH] backup --out FILE</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &quot;%1&quot;.</source>
        <translation>--param takes KEY=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Filed %1 %2 (version %3, document %4), %5 page(s), SHA-256 %6</source>
        <translation>Filed %1 %2 (version %3, document %4), %5 page(s), SHA-256 %6</translation>
    </message>
    <message>
        <source>[draft]</source>
        <translation>[draft]</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>%1 paper(s) generated, %2 refused.</source>
        <translation>%1 paper(s) generated, %2 refused.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>Service recorded.</translation>
    </message>
    <message>
        <source>Unit: %1
Number prefix: %2 (e.g. %2磋告〔%3〕1号)
Contact: %4 %5
Address: %6</source>
        <translation>Unit: %1
Number prefix: %2 (e.g. %2磋告〔%3〕1号)
Contact: %4 %5
Address: %6</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Templates: built in</source>
        <translation>Templates: built in</translation>
    </message>
    <message>
        <source>Templates: %1 (built in where it has none)</source>
        <translation>Templates: %1 (built in where it has none)</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] [--today DATE] generate --cases N [--seed S]</source>
        <translation>usage: ecoclaim-cli [--db PATH] [--today DATE] generate --cases N [--seed S]</translation>
    </message>
    <message>
        <source>Generated %1 cases: %2 timeline events, %3 audit entries, %4 deadlines, %5 papers, %6 rows in %7 s.</source>
        <translation>Generated %1 cases: %2 timeline events, %3 audit entries, %4 deadlines, %5 papers, %6 rows in %7 s.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence add CASE FILE --title TITLE --kind KIND [--dated YYYY-MM-DD] [--source S] [--pages N]
kinds: %1</source>
        <translation>usage: ecoclaim-cli evidence add CASE FILE --title TITLE --kind KIND [--dated YYYY-MM-DD] [--source S] [--pages N]
kinds: %1</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence list CASE [--json]</source>
        <translation>usage: ecoclaim-cli evidence list CASE [--json]</translation>
    </message>
    <message>
        <source>No files have been added to case %1.</source>
        <translation>No files have been added to case %1.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence check [--quick]</source>
        <translation>usage: ecoclaim-cli evidence check [--quick]</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) checked.</source>
        <translation>
            <numerusform>%n stored file(s) checked.</numerusform>
            <numerusform>%n stored file(s) checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>altered: %1</translation>
    </message>
    <message>
        <source>removed unrecorded file: %1</source>
        <translation>removed unrecorded file: %1</translation>
    </message>
    <message>
        <source>The file store is intact.</source>
        <translation>The file store is intact.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive check CASE</source>
        <translation>usage: ecoclaim-cli archive check CASE</translation>
    </message>
    <message>
        <source>Case %1 is archived: its file is frozen (Art. 42).</source>
        <translation>Case %1 is archived: its file is frozen (Art. 42).</translation>
    </message>
    <message>
        <source>Case %1 is ready to be archived: the self-check found nothing missing.</source>
        <translation>Case %1 is ready to be archived: the self-check found nothing missing.</translation>
    </message>
    <message>
        <source>Case %1 cannot be archived yet:</source>
        <translation>Case %1 cannot be archived yet:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1 → %2: %3 entries, %4 bytes of content, ZIP %5 bytes, %6 s (%7 MB/s)</source>
        <translation>%1 → %2: %3 entries, %4 bytes of content, ZIP %5 bytes, %6 s (%7 MB/s)</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 imported (%n file(s)).</source>
        <translation>
            <numerusform>Case %1 imported (%n file(s)).</numerusform>
            <numerusform>Case %1 imported (%n file(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli evidence add|list|check …</source>
        <translation>usage: ecoclaim-cli evidence add|list|check …</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive check|export|verify|import …</source>
        <translation>usage: ecoclaim-cli archive check|export|verify|import …</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli document types
       ecoclaim-cli document render CASE_ID TYPE [--party N|all] [--subject S] [--param KEY=VALUE]… [--date YYYY-MM-DD]
                    --format pdf|odt --out FILE_OR_DIR [--draft] [--preview] [--accept-short-lead]
       ecoclaim-cli document supersede DOC_ID --reason TEXT [--param KEY=VALUE]… [--date YYYY-MM-DD] --out FILE_OR_DIR
       ecoclaim-cli document export DOC_ID [--version V] --format pdf|odt --out FILE
       ecoclaim-cli document render-many TYPE --cases ID,ID… --out-dir DIR [--format pdf|odt] [--param KEY=VALUE]… [--draft]
       ecoclaim-cli document list CASE_ID [--json]
       ecoclaim-cli document reprint DOC_ID --out FILE [--format pdf|odt]
       ecoclaim-cli document serve DOC_ID --method direct|mail|left|electronic|public_notice --on YYYY-MM-DD
                    [--recipient NAME] [--proof EVIDENCE_ID] [--note TEXT]
       ecoclaim-cli document unit CASE_ID [--name NAME] [--prefix PREFIX] [--contact NAME] [--phone PHONE] [--address TEXT]
       ecoclaim-cli document templates [FOLDER | --built-in]</source>
        <translation>usage: ecoclaim-cli document types
       ecoclaim-cli document render CASE_ID TYPE [--party N|all] [--subject S] [--param KEY=VALUE]… [--date YYYY-MM-DD]
                    --format pdf|odt --out FILE_OR_DIR [--draft] [--preview] [--accept-short-lead]
       ecoclaim-cli document supersede DOC_ID --reason TEXT [--param KEY=VALUE]… [--date YYYY-MM-DD] --out FILE_OR_DIR
       ecoclaim-cli document export DOC_ID [--version V] --format pdf|odt --out FILE
       ecoclaim-cli document render-many TYPE --cases ID,ID… --out-dir DIR [--format pdf|odt] [--param KEY=VALUE]… [--draft]
       ecoclaim-cli document list CASE_ID [--json]
       ecoclaim-cli document reprint DOC_ID --out FILE [--format pdf|odt]
       ecoclaim-cli document serve DOC_ID --method direct|mail|left|electronic|public_notice --on YYYY-MM-DD
                    [--recipient NAME] [--proof EVIDENCE_ID] [--note TEXT]
       ecoclaim-cli document unit CASE_ID [--name NAME] [--prefix PREFIX] [--contact NAME] [--phone PHONE] [--address TEXT]
       ecoclaim-cli document templates [FOLDER | --built-in]</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 has no version %2.</translation>
    </message>
    <message>
        <source>Backup written to %1: %2 cases, %3 MB, schema %4; copied in %5 s, %6 ok in %7 s.</source>
        <translation>Backup written to %1: %2 cases, %3 MB, schema %4; copied in %5 s, %6 ok in %7 s.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli migrate-to postgresql://USER@HOST:PORT/DATABASE --from FILE.db
The server database must exist (created with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;) and be empty; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>usage: ecoclaim-cli migrate-to postgresql://USER@HOST:PORT/DATABASE --from FILE.db
The server database must exist (created with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;) and be empty; the password comes from PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>There is no database file %1; nothing was moved.</source>
        <translation>There is no database file %1; nothing was moved.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>Moved %1 to %2 in %3 s. Point every desk at the server with --db %2.</source>
        <translation>Moved %1 to %2 in %3 s. Point every desk at the server with --db %2.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli settings list [--unit DISTRICT_CODE/DEPARTMENT] [--json]
       ecoclaim-cli settings set NAME VALUE [--unit DISTRICT_CODE/DEPARTMENT]</source>
        <translation>usage: ecoclaim-cli settings list [--unit DISTRICT_CODE/DEPARTMENT] [--json]
       ecoclaim-cli settings set NAME VALUE [--unit DISTRICT_CODE/DEPARTMENT]</translation>
    </message>
    <message>
        <source>set by %1 at %2</source>
        <translation>set by %1 at %2</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 is already %2; nothing changed.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive export CASE --out FILE.zip [--passphrase-file FILE]
       ecoclaim-cli archive export --cases CASE,CASE… --out-dir FOLDER [--passphrase-file FILE]</source>
        <translation>usage: ecoclaim-cli archive export CASE --out FILE.zip [--passphrase-file FILE]
       ecoclaim-cli archive export --cases CASE,CASE… --out-dir FOLDER [--passphrase-file FILE]</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive verify FILE.zip [--json] [--trust-key FILE.pem]…</source>
        <translation>usage: ecoclaim-cli archive verify FILE.zip [--json] [--trust-key FILE.pem]…</translation>
    </message>
    <message>
        <source>%1 is not an SM2 public key (PEM).</source>
        <translation>%1 is not an SM2 public key (PEM).</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli archive import FILE.zip [--accept-key FINGERPRINT]</source>
        <translation>usage: ecoclaim-cli archive import FILE.zip [--accept-key FINGERPRINT]</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: their id was applied before.</source>
        <translation>
            <numerusform>%n line skipped: their id was applied before.</numerusform>
            <numerusform>%n lines skipped: their id was applied before.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; is not a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>Paper id</source>
        <translation>Paper id</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli key create --holder NAME [--passphrase-file FILE]
       ecoclaim-cli key list [--json]
       ecoclaim-cli key public [--out FILE.pem]
       ecoclaim-cli key trust FILE.pem --holder NAME --fingerprint FINGERPRINT</source>
        <translation>usage: ecoclaim-cli key create --holder NAME [--passphrase-file FILE]
       ecoclaim-cli key list [--json]
       ecoclaim-cli key public [--out FILE.pem]
       ecoclaim-cli key trust FILE.pem --holder NAME --fingerprint FINGERPRINT</translation>
    </message>
    <message>
        <source>this unit&apos;s signing key</source>
        <translation>this unit&apos;s signing key</translation>
    </message>
    <message>
        <source>this unit&apos;s, retired %1 (still trusted)</source>
        <translation>this unit&apos;s, retired %1 (still trusted)</translation>
    </message>
    <message>
        <source>another unit&apos;s, trusted</source>
        <translation>another unit&apos;s, trusted</translation>
    </message>
    <message>
        <source>Signing key of %1 created (SM2 with SM3).</source>
        <translation>Signing key of %1 created (SM2 with SM3).</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Private key: %1 (readable by its owner only%2)</source>
        <translation>Private key: %1 (readable by its owner only%2)</translation>
    </message>
    <message>
        <source>, under the passphrase</source>
        <translation>, under the passphrase</translation>
    </message>
    <message>
        <source>This unit has no signing key yet (ecoclaim-cli key create).</source>
        <translation>This unit has no signing key yet (ecoclaim-cli key create).</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, fingerprint %2</translation>
    </message>
    <message>
        <source>The key of %1 (%2) is trusted: archives it signed now verify here.</source>
        <translation>The key of %1 (%2) is trusted: archives it signed now verify here.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text (typed in another encoding, such as GB18030?); nothing was done.</source>
        <translation>Argument %1 is not valid UTF-8 text (typed in another encoding, such as GB18030?); nothing was done.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli audit show ID|CASE_NO [--json]</source>
        <translation>usage: ecoclaim-cli audit show ID|CASE_NO [--json]</translation>
    </message>
    <message>
        <source>%1  %2  by %3</source>
        <translation>%1  %2  by %3</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli approval list [--all] [--json]
       ecoclaim-cli approval approve ID
       ecoclaim-cli approval refuse ID --reason TEXT</source>
        <translation>usage: ecoclaim-cli approval list [--all] [--json]
       ecoclaim-cli approval approve ID
       ecoclaim-cli approval refuse ID --reason TEXT</translation>
    </message>
    <message>
        <source>Proposal %1 refused.</source>
        <translation>Proposal %1 refused.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--limit N] [--json | --xlsx FILE | --csv FILE]</source>
        <translation>usage: ecoclaim-cli case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--limit N] [--json | --xlsx FILE | --csv FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written.</source>
        <translation>
            <numerusform>%n case written.</numerusform>
            <numerusform>%n cases written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>This database has accounts: sign in with --user LOGIN (the password from ECOCLAIM_PASSWORD or asked).</source>
        <translation>This database has accounts: sign in with --user LOGIN (the password from ECOCLAIM_PASSWORD or asked).</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json | --pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli deadlines --changed-on DATE [--json | --pdf FILE]</source>
        <translation>usage: ecoclaim-cli deadlines [--as-of DATE] [--within N] [--unit U] [--json | --pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli deadlines --changed-on DATE [--json | --pdf FILE]</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written.</source>
        <translation>
            <numerusform>%n deadline written.</numerusform>
            <numerusform>%n deadlines written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Major cases</source>
        <translation>Major cases</translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</source>
        <translation>usage: ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli ledger [--district D | --unit U] [--json] [--pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli ledger --timetable [--json | --csv FILE | --xlsx FILE]
       ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</source>
        <translation>usage: ecoclaim-cli ledger [--district D | --unit U] [--json] [--pdf FILE] [--xlsx FILE] [--csv FILE]
       ecoclaim-cli ledger --timetable [--json | --csv FILE | --xlsx FILE]
       ecoclaim-cli ledger report CASE --on DATE --to WHOM --content TEXT</translation>
    </message>
    <message numerus="yes">
        <source>Ledger written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Ledger written to %1 (%n page).</numerusform>
            <numerusform>Ledger written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli disclosure CASE [--pdf FILE] [--txt FILE] [--json] [--mask NAME]...
       ecoclaim-cli disclosure CASE --issue --reviewed-by NAME --pdf FILE [--txt FILE] [--mask NAME]...
Without --issue: a draft and the replacements to review. --mask: a further person&apos;s name to mask.</source>
        <translation>usage: ecoclaim-cli disclosure CASE [--pdf FILE] [--txt FILE] [--json] [--mask NAME]...
       ecoclaim-cli disclosure CASE --issue --reviewed-by NAME --pdf FILE [--txt FILE] [--mask NAME]...
Without --issue: a draft and the replacements to review. --mask: a further person&apos;s name to mask.</translation>
    </message>
    <message>
        <source>Issued and filed on %1; text SHA-256 %2.</source>
        <translation>Issued and filed on %1; text SHA-256 %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) to review:</source>
        <translation>
            <numerusform>%n replacement to review:</numerusform>
            <numerusform>%n replacements to review:</numerusform>
        </translation>
    </message>
    <message>
        <source>	(party data)</source>
        <translation>	(party data)</translation>
    </message>
    <message>
        <source>	(pattern)</source>
        <translation>	(pattern)</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</source>
        <translation>Only an administrator creates the unit&apos;s signing key or trusts another unit&apos;s key.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year takes a year such as 2026.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report written to %1 (%n page).</numerusform>
            <numerusform>Report written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Workbook written to %1.</source>
        <translation>Workbook written to %1.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli user add LOGIN --name NAME --role caseworker|unit_head|supervisor|archivist|admin [--unit UNIT] [--district CODE]
       ecoclaim-cli user list [--json]
       ecoclaim-cli user disable LOGIN
       ecoclaim-cli user set-role LOGIN ROLE
       ecoclaim-cli user measure-hash   (time and memory of one password hash on this machine)</source>
        <translation>usage: ecoclaim-cli user add LOGIN --name NAME --role caseworker|unit_head|supervisor|archivist|admin [--unit UNIT] [--district CODE]
       ecoclaim-cli user list [--json]
       ecoclaim-cli user disable LOGIN
       ecoclaim-cli user set-role LOGIN ROLE
       ecoclaim-cli user measure-hash   (time and memory of one password hash on this machine)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: caseworker, unit_head, supervisor, archivist or admin.</source>
        <translation>&quot;%1&quot; is not a role: caseworker, unit_head, supervisor, archivist or admin.</translation>
    </message>
    <message>
        <source>First password for %1: </source>
        <translation>First password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was added.</source>
        <translation>The two passwords differ; nothing was added.</translation>
    </message>
    <message>
        <source>Account %1 (%2, %3) added.</source>
        <translation>Account %1 (%2, %3) added.</translation>
    </message>
    <message>
        <source>(city)</source>
        <translation>(city)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Argon2id (libsodium), %1 passes, %2 MiB: hash %3 ms, verify %4 ms, peak memory grew by %5 MiB; %6</source>
        <translation>Argon2id (libsodium), %1 passes, %2 MiB: hash %3 ms, verify %4 ms, peak memory grew by %5 MiB; %6</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Account %1 is now %2.</source>
        <translation>Account %1 is now %2.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli report annual --year Y [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report screening --from DATE --to DATE [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report statistics [--district D] [--unit U] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
U is a department key (district_ecology) or DISTRICT_CODE/DEPARTMENT.</source>
        <translation>usage: ecoclaim-cli report annual --year Y [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report screening --from DATE --to DATE [--district D | --unit U] [--pdf FILE] [--xlsx FILE] [--json] [--detail]
       ecoclaim-cli report statistics [--district D] [--unit U] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
U is a department key (district_ecology) or DISTRICT_CODE/DEPARTMENT.</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli report statistics [--district D] [--unit U] [--stage S] [--major] [--overdue] [--search TEXT] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
CHART is stages, channels, amounts, flow or deadlines; SERIES and CATEGORY are the keys --json prints.</source>
        <translation>usage: ecoclaim-cli report statistics [--district D] [--unit U] [--stage S] [--major] [--overdue] [--search TEXT] [--from DATE --to DATE] [--json] [--cases CHART SERIES CATEGORY]
CHART is stages, channels, amounts, flow or deadlines; SERIES and CATEGORY are the keys --json prints.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling department.</source>
        <translation>&quot;%1&quot; is not a handling department.</translation>
    </message>
    <message>
        <source>Unknown stage &quot;%1&quot;.</source>
        <translation>Unknown stage &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli import clues FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
       ecoclaim-cli import undo BATCH
       ecoclaim-cli import batches [--json]
FILE: CSV (UTF-8 with or without BOM, or GB18030) or XLSX; its first row names the columns (field names such as title, district, unit, channel, received_on, or their labels), else a mapping names them.</source>
        <translation>usage: ecoclaim-cli import clues FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
       ecoclaim-cli import undo BATCH
       ecoclaim-cli import batches [--json]
FILE: CSV (UTF-8 with or without BOM, or GB18030) or XLSX; its first row names the columns (field names such as title, district, unit, channel, received_on, or their labels), else a mapping names them.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Import batch %1 undone: %2 cases removed (%3).</source>
        <translation>Import batch %1 undone: %2 cases removed (%3).</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>undone %1</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli mywork [--as-of DATE] [--unit U] [--district CODE] [--snoozed] [--json]
       ecoclaim-cli mywork snooze CASE ITEM --until DATE --reason TEXT</source>
        <translation>usage: ecoclaim-cli mywork [--as-of DATE] [--unit U] [--district CODE] [--snoozed] [--json]
       ecoclaim-cli mywork snooze CASE ITEM --until DATE --reason TEXT</translation>
    </message>
    <message>
        <source>%1: %2 put off until %3.</source>
        <translation>%1: %2 put off until %3.</translation>
    </message>
    <message>
        <source>put off until %1: %2</source>
        <translation>put off until %1: %2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>       ecoclaim-cli import cases FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
A legacy case ledger: each row brought to its stage (clue, verification, filed, appraisal commissioned) through the ordinary commands, with the ledger&apos;s dates and case number (docs/reports.md).</source>
        <translation>       ecoclaim-cli import cases FILE [--mapping M.json] [--save-mapping M.json] [--dry-run] [--json]
A legacy case ledger: each row brought to its stage (clue, verification, filed, appraisal commissioned) through the ordinary commands, with the ledger&apos;s dates and case number (docs/reports.md).</translation>
    </message>
    <message>
        <source>usage: ecoclaim-cli [--db PATH] [--user LOGIN] [--actor NAME] [--today YYYY-MM-DD] [--lang zh_CN|en] VERB …
verbs:
  init                                   create or upgrade the database
  demo                                   load the demo case set into an empty database
  generate --cases N [--seed S]          a synthetic register of N cases (for measuring)
  case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--json | --xlsx F | --csv F]
  case show ID|CASE_NO [--json]          the whole case file, timeline included
  apply FILE.jsonl                       run lifecycle commands, one JSON object per line
  commands                               print the command vocabulary (Markdown)
  audit verify                           check the audit log&apos;s hash chain
  audit show ID|CASE_NO [--json]         a case&apos;s audit trail in words: who changed what, old → new
  backup --out FILE                      a consistent copy of the database, checked (quick_check)
  deadlines [--as-of DATE] [--within N] [--unit U] [--changed-on DATE] [--json | --pdf FILE] [--xlsx F] [--csv F]
  ledger [--district D | --unit U] [--json] [--pdf F] [--xlsx F] [--csv F]   the major-case ledger (Art. 39)
  ledger --timetable [--json | --csv F | --xlsx F]   the open deadlines of major cases
  ledger report CASE --on DATE --to WHOM --content TEXT   report the major case upward (report_major_case)
  disclosure CASE [--pdf F] [--txt F] [--json] [--mask NAME]... [--issue --reviewed-by NAME]   publication text without personal data (Art. 35)
  import clues|cases FILE [--mapping M] [--save-mapping M] [--dry-run] [--json] | undo BATCH | batches   a clue register or a legacy case ledger from CSV/XLSX, one batch
  report annual --year Y | screening --from D --to D  [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]
  report statistics [--district D] [--unit U] [--from D --to D] [--json] [--cases CHART SERIES CATEGORY]
  calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE
  calendar years | import FILE.json     holiday calendars; import a later year
  document types | render | render-many | list | reprint | serve   official papers (docs/papers.md)
  evidence add CASE FILE --title T --kind K [--dated D] [--source S] | list CASE [--json] | check
  archive check CASE                     the pre-archive self-check (Art. 42)
  archive export CASE --out FILE.zip | --cases A,B --out-dir DIR   [--passphrase-file FILE]
  archive verify FILE.zip [--json] [--trust-key FILE.pem]   DA/T 70 checks, the signature included
  archive import FILE.zip [--accept-key FINGERPRINT]   bring an archived case into this database
  key create --holder NAME [--passphrase-file FILE] | list | public | trust FILE.pem --holder N --fingerprint F
                                         the unit&apos;s signing key and the keys it trusts
  settings list [--unit U] [--json]      the bureau&apos;s settings (Art. 19 reading, warning days, units)
  settings set NAME VALUE [--unit U]     change one, audited; U is DISTRICT_CODE/DEPARTMENT
  user add LOGIN --name N --role R [--unit U] [--district D] | list [--json] | disable LOGIN | set-role LOGIN R
                                         accounts (the first an administrator; then sign in as one)
  approval list [--all] [--json] | approve ID | refuse ID --reason TEXT   decisions awaiting the unit head
  mywork [--as-of D] [--unit U] [--district C] [--snoozed] [--json] | snooze CASE ITEM --until D --reason R
                                         a day&apos;s work: deadlines, approvals, papers to serve, replies due
  migrate-to postgresql://USER@HOST:PORT/DB --from FILE.db   move a desk&apos;s database to the bureau&apos;s server
--user LOGIN signs in (password from ECOCLAIM_PASSWORD or asked); a database with accounts requires it.
--db takes a file path or a server address (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD or ~/.pgpass).
See docs/commands.md for the command vocabulary.</source>
        <translation>usage: ecoclaim-cli [--db PATH] [--user LOGIN] [--actor NAME] [--today YYYY-MM-DD] [--lang zh_CN|en] VERB …
verbs:
  init                                   create or upgrade the database
  demo                                   load the demo case set into an empty database
  generate --cases N [--seed S]          a synthetic register of N cases (for measuring)
  case list [--stage S] [--district D] [--search TEXT] [--overdue] [--major] [--json | --xlsx F | --csv F]
  case show ID|CASE_NO [--json]          the whole case file, timeline included
  apply FILE.jsonl                       run lifecycle commands, one JSON object per line
  commands                               print the command vocabulary (Markdown)
  audit verify                           check the audit log&apos;s hash chain
  audit show ID|CASE_NO [--json]         a case&apos;s audit trail in words: who changed what, old → new
  backup --out FILE                      a consistent copy of the database, checked (quick_check)
  deadlines [--as-of DATE] [--within N] [--unit U] [--changed-on DATE] [--json | --pdf FILE] [--xlsx F] [--csv F]
  ledger [--district D | --unit U] [--json] [--pdf F] [--xlsx F] [--csv F]   the major-case ledger (Art. 39)
  ledger --timetable [--json | --csv F | --xlsx F]   the open deadlines of major cases
  ledger report CASE --on DATE --to WHOM --content TEXT   report the major case upward (report_major_case)
  disclosure CASE [--pdf F] [--txt F] [--json] [--mask NAME]... [--issue --reviewed-by NAME]   publication text without personal data (Art. 35)
  import clues|cases FILE [--mapping M] [--save-mapping M] [--dry-run] [--json] | undo BATCH | batches   a clue register or a legacy case ledger from CSV/XLSX, one batch
  report annual --year Y | screening --from D --to D  [--district D | --unit U] [--pdf F] [--xlsx F] [--json] [--detail]
  report statistics [--district D] [--unit U] [--from D --to D] [--json] [--cases CHART SERIES CATEGORY]
  calendar is-workday DATE | add-workdays DATE N | latest-service MEETING_DATE
  calendar years | import FILE.json     holiday calendars; import a later year
  document types | render | render-many | list | reprint | serve   official papers (docs/papers.md)
  evidence add CASE FILE --title T --kind K [--dated D] [--source S] | list CASE [--json] | check
  archive check CASE                     the pre-archive self-check (Art. 42)
  archive export CASE --out FILE.zip | --cases A,B --out-dir DIR   [--passphrase-file FILE]
  archive verify FILE.zip [--json] [--trust-key FILE.pem]   DA/T 70 checks, the signature included
  archive import FILE.zip [--accept-key FINGERPRINT]   bring an archived case into this database
  key create --holder NAME [--passphrase-file FILE] | list | public | trust FILE.pem --holder N --fingerprint F
                                         the unit&apos;s signing key and the keys it trusts
  settings list [--unit U] [--json]      the bureau&apos;s settings (Art. 19 reading, warning days, units)
  settings set NAME VALUE [--unit U]     change one, audited; U is DISTRICT_CODE/DEPARTMENT
  user add LOGIN --name N --role R [--unit U] [--district D] | list [--json] | disable LOGIN | set-role LOGIN R
                                         accounts (the first an administrator; then sign in as one)
  approval list [--all] [--json] | approve ID | refuse ID --reason TEXT   decisions awaiting the unit head
  mywork [--as-of D] [--unit U] [--district C] [--snoozed] [--json] | snooze CASE ITEM --until D --reason R
                                         a day&apos;s work: deadlines, approvals, papers to serve, replies due
  migrate-to postgresql://USER@HOST:PORT/DB --from FILE.db   move a desk&apos;s database to the bureau&apos;s server
--user LOGIN signs in (password from ECOCLAIM_PASSWORD or asked); a database with accounts requires it.
--db takes a file path or a server address (postgresql://USER@HOST:PORT/DB; password from PGPASSWORD or ~/.pgpass).
See docs/commands.md for the command vocabulary.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Command</name>
    <message>
        <source>Serve the consultation notice</source>
        <translation>Serve the consultation notice</translation>
    </message>
    <message>
        <source>Record the reply to the consultation notice</source>
        <translation>Record the reply to the consultation notice</translation>
    </message>
    <message>
        <source>Record a consultation round</source>
        <translation>Record a consultation round</translation>
    </message>
    <message>
        <source>Sign the compensation agreement</source>
        <translation>Sign the compensation agreement</translation>
    </message>
    <message>
        <source>Bring the claim to court</source>
        <translation>Bring the claim to court</translation>
    </message>
    <message>
        <source>Apply for judicial confirmation</source>
        <translation>Apply for judicial confirmation</translation>
    </message>
    <message>
        <source>Record the court&apos;s confirmation ruling</source>
        <translation>Record the court&apos;s confirmation ruling</translation>
    </message>
    <message>
        <source>Record the judgment</source>
        <translation>Record the judgment</translation>
    </message>
    <message>
        <source>Start restoration ahead of the agreement</source>
        <translation>Start restoration ahead of the agreement</translation>
    </message>
    <message>
        <source>Start restoration</source>
        <translation>Start restoration</translation>
    </message>
    <message>
        <source>Add a restoration milestone</source>
        <translation>Add a restoration milestone</translation>
    </message>
    <message>
        <source>Mark a milestone done</source>
        <translation>Mark a milestone done</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>Report restoration complete</source>
        <translation>Report restoration complete</translation>
    </message>
    <message>
        <source>Record the restoration-effect evaluation</source>
        <translation>Record the restoration-effect evaluation</translation>
    </message>
    <message>
        <source>Continue restoration after a failed evaluation</source>
        <translation>Continue restoration after a failed evaluation</translation>
    </message>
    <message>
        <source>Terminate the claim</source>
        <translation>Terminate the claim</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Archive the case file</source>
        <translation>Archive the case file</translation>
    </message>
    <message>
        <source>Link an administrative, criminal or public-interest proceeding</source>
        <translation>Link an administrative, criminal or public-interest proceeding</translation>
    </message>
    <message>
        <source>Register a clue</source>
        <translation>Register a clue</translation>
    </message>
    <message>
        <source>Add a liable party</source>
        <translation>Add a liable party</translation>
    </message>
    <message>
        <source>Correct the case details</source>
        <translation>Correct the case details</translation>
    </message>
    <message>
        <source>Start preliminary verification</source>
        <translation>Start preliminary verification</translation>
    </message>
    <message>
        <source>Record the verification conclusion</source>
        <translation>Record the verification conclusion</translation>
    </message>
    <message>
        <source>File the case and start the claim</source>
        <translation>File the case and start the claim</translation>
    </message>
    <message>
        <source>Transfer the clue to the competent department</source>
        <translation>Transfer the clue to the competent department</translation>
    </message>
    <message>
        <source>Declare the rules not applicable</source>
        <translation>Declare the rules not applicable</translation>
    </message>
    <message>
        <source>Close the clue: no damage caused</source>
        <translation>Close the clue: no damage caused</translation>
    </message>
    <message>
        <source>Decide not to start the claim</source>
        <translation>Decide not to start the claim</translation>
    </message>
    <message>
        <source>Commission an appraisal</source>
        <translation>Commission an appraisal</translation>
    </message>
    <message>
        <source>Stop a simplified appraisal as unsuitable</source>
        <translation>Stop a simplified appraisal as unsuitable</translation>
    </message>
    <message>
        <source>Record the appraisal result</source>
        <translation>Record the appraisal result</translation>
    </message>
    <message>
        <source>Conclude the damage investigation</source>
        <translation>Conclude the damage investigation</translation>
    </message>
    <message>
        <source>Draft a restoration plan</source>
        <translation>Draft a restoration plan</translation>
    </message>
    <message>
        <source>Record the liable party&apos;s request to consult early</source>
        <translation>Record the liable party&apos;s request to consult early</translation>
    </message>
    <message>
        <source>Start consultation</source>
        <translation>Start consultation</translation>
    </message>
    <message>
        <source>Suspend a deadline</source>
        <translation>Suspend a deadline</translation>
    </message>
    <message>
        <source>Resume a suspended deadline</source>
        <translation>Resume a suspended deadline</translation>
    </message>
    <message>
        <source>Extend a deadline</source>
        <translation>Extend a deadline</translation>
    </message>
    <message>
        <source>Correct the service of a consultation notice</source>
        <translation>Correct the service of a consultation notice</translation>
    </message>
    <message>
        <source>Record the written reply to the procuratorate</source>
        <translation>Record the written reply to the procuratorate</translation>
    </message>
    <message>
        <source>Add a file to the case file</source>
        <translation>Add a file to the case file</translation>
    </message>
    <message>
        <source>Issue a paper (numbered and filed)</source>
        <translation>Issue a paper (numbered and filed)</translation>
    </message>
    <message>
        <source>Correct a paper under a new number (the old one stays, superseded)</source>
        <translation>Correct a paper under a new number (the old one stays, superseded)</translation>
    </message>
    <message>
        <source>Record the service of a paper</source>
        <translation>Record the service of a paper</translation>
    </message>
    <message>
        <source>Record a liable party&apos;s share</source>
        <translation>Record a liable party&apos;s share</translation>
    </message>
    <message>
        <source>Sign the agreement of another batch of parties</source>
        <translation>Sign the agreement of another batch of parties</translation>
    </message>
    <message>
        <source>Record emergency control or clean-up</source>
        <translation>Record emergency control or clean-up</translation>
    </message>
    <message>
        <source>Record a cost the department advanced</source>
        <translation>Record a cost the department advanced</translation>
    </message>
    <message>
        <source>Record the answer to the reporter</source>
        <translation>Record the answer to the reporter</translation>
    </message>
    <message>
        <source>Apply to the court for enforcement</source>
        <translation>Apply to the court for enforcement</translation>
    </message>
    <message>
        <source>Record a step of the enforcement</source>
        <translation>Record a step of the enforcement</translation>
    </message>
    <message>
        <source>Record how the enforcement ended</source>
        <translation>Record how the enforcement ended</translation>
    </message>
    <message>
        <source>Record a party on the list of dishonest judgment debtors</source>
        <translation>Record a party on the list of dishonest judgment debtors</translation>
    </message>
    <message>
        <source>Record a party taken off the list of dishonest judgment debtors</source>
        <translation>Record a party taken off the list of dishonest judgment debtors</translation>
    </message>
    <message>
        <source>Record why the case is simple</source>
        <translation>Record why the case is simple</translation>
    </message>
    <message>
        <source>Record the grounds for punitive damages</source>
        <translation>Record the grounds for punitive damages</translation>
    </message>
    <message>
        <source>Form the joint case group</source>
        <translation>Form the joint case group</translation>
    </message>
    <message>
        <source>Add a department or an assisting town to the joint case group</source>
        <translation>Add a department or an assisting town to the joint case group</translation>
    </message>
    <message>
        <source>Record the other region of a cross-region case</source>
        <translation>Record the other region of a cross-region case</translation>
    </message>
    <message>
        <source>Record that consultation failed</source>
        <translation>Record that consultation failed</translation>
    </message>
    <message>
        <source>Report the major case to the higher department</source>
        <translation>Report the major case to the higher department</translation>
    </message>
    <message>
        <source>Record the supervisor&apos;s instruction</source>
        <translation>Record the supervisor&apos;s instruction</translation>
    </message>
    <message>
        <source>Record an instruction carried out</source>
        <translation>Record an instruction carried out</translation>
    </message>
    <message>
        <source>Add a step to the major case&apos;s timetable</source>
        <translation>Add a step to the major case&apos;s timetable</translation>
    </message>
    <message>
        <source>Mark a timetable step done</source>
        <translation>Mark a timetable step done</translation>
    </message>
    <message>
        <source>Correct a payment</source>
        <translation>Correct a payment</translation>
    </message>
    <message>
        <source>Void a payment recorded by mistake</source>
        <translation>Void a payment recorded by mistake</translation>
    </message>
    <message>
        <source>Correct a liable party</source>
        <translation>Correct a liable party</translation>
    </message>
    <message>
        <source>Remove a liable party entered by mistake</source>
        <translation>Remove a liable party entered by mistake</translation>
    </message>
    <message>
        <source>Correct a date or field of a recorded step</source>
        <translation>Correct a date or field of a recorded step</translation>
    </message>
    <message>
        <source>Take back the last step (recorded by mistake)</source>
        <translation>Take back the last step (recorded by mistake)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::CommandReference</name>
    <message>
        <source>date, not in the future</source>
        <translation>date, not in the future</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>true / false</source>
        <translation>true / false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>district code or name</source>
        <translation>district code or name</translation>
    </message>
    <message>
        <source>handling unit key</source>
        <translation>handling unit key</translation>
    </message>
    <message>
        <source>liable party: number or exact name</source>
        <translation>liable party: number or exact name</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>list of {&quot;due_on&quot;, &quot;amount&quot;}</source>
        <translation>list of {&quot;due_on&quot;, &quot;amount&quot;}</translation>
    </message>
    <message>
        <source># Command vocabulary</source>
        <translation># Command vocabulary</translation>
    </message>
    <message>
        <source>Generated from the lifecycle table (core/domain/lifecycle*.cpp) by `ecoclaim-cli --lang en commands`; a test keeps this file equal to that output. Every change to a case is one of these commands, given as one JSON object: `{&quot;cmd&quot;: NAME, &quot;case&quot;: CASE_NO_OR_ID, …fields}` — one per line in a `.jsonl` script for `ecoclaim-cli apply`. A `register_clue` line may carry `&quot;ref&quot;: &quot;A&quot;`, and later lines may then say `&quot;case&quot;: &quot;A&quot;`. A refused command changes nothing and names every unmet precondition with its article.</source>
        <translation>Generated from the lifecycle table (core/domain/lifecycle*.cpp) by `ecoclaim-cli --lang en commands`; a test keeps this file equal to that output. Every change to a case is one of these commands, given as one JSON object: `{&quot;cmd&quot;: NAME, &quot;case&quot;: CASE_NO_OR_ID, …fields}` — one per line in a `.jsonl` script for `ecoclaim-cli apply`. A `register_clue` line may carry `&quot;ref&quot;: &quot;A&quot;`, and later lines may then say `&quot;case&quot;: &quot;A&quot;`. A refused command changes nothing and names every unmet precondition with its article.</translation>
    </message>
    <message>
        <source>- Allowed at: %1</source>
        <translation>- Allowed at: %1</translation>
    </message>
    <message>
        <source>(creates a new case)</source>
        <translation>(creates a new case)</translation>
    </message>
    <message>
        <source>- Leads to: %1</source>
        <translation>- Leads to: %1</translation>
    </message>
    <message>
        <source>(stage unchanged)</source>
        <translation>(stage unchanged)</translation>
    </message>
    <message>
        <source>- Rests on: %1</source>
        <translation>- Rests on: %1</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>meaning</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Preconditions:</source>
        <translation>Preconditions:</translation>
    </message>
    <message>
        <source>text, one line, ≤ %1 characters</source>
        <translation>text, one line, ≤ %1 characters</translation>
    </message>
    <message>
        <source>text (paragraphs), ≤ %1 characters</source>
        <translation>text (paragraphs), ≤ %1 characters</translation>
    </message>
    <message>
        <source>amount in yuan (a string)</source>
        <translation>amount in yuan (a string)</translation>
    </message>
    <message>
        <source>list of text, ≤ %1 items of ≤ %2 characters</source>
        <translation>list of text, ≤ %1 items of ≤ %2 characters</translation>
    </message>
    <message>
        <source>Values (core/domain/textrules.h, commandinput.cpp): text is a JSON string — a number where text belongs is refused like any wrong type. Characters are counted as Unicode code points; a one-line field holds no line break or tab, a paragraph field may hold newlines and tabs (a Windows line end is stored as a newline); no text may hold NUL or any other control character, half of a UTF-16 pair, U+FFFD (what invalid UTF-8 becomes), a noncharacter, or a bidirectional override. Leading and trailing blanks are dropped. An amount is a string of yuan with at most two decimals (&quot;1,234.56&quot;, &quot;¥1234.5&quot;, &quot;1234元&quot;); a JSON number is accepted only for a whole number of yuan below 2^53, because a number with decimals is binary in JSON and would be rounded. A line may carry `&quot;actor&quot;` (≤ %1 characters) and `&quot;id&quot;` (≤ %2 characters: a line whose id was applied before is skipped, see `ecoclaim-cli apply`). Every refusal names the field.</source>
        <translation>Values (core/domain/textrules.h, commandinput.cpp): text is a JSON string — a number where text belongs is refused like any wrong type. Characters are counted as Unicode code points; a one-line field holds no line break or tab, a paragraph field may hold newlines and tabs (a Windows line end is stored as a newline); no text may hold NUL or any other control character, half of a UTF-16 pair, U+FFFD (what invalid UTF-8 becomes), a noncharacter, or a bidirectional override. Leading and trailing blanks are dropped. An amount is a string of yuan with at most two decimals (&quot;1,234.56&quot;, &quot;¥1234.5&quot;, &quot;1234元&quot;); a JSON number is accepted only for a whole number of yuan below 2^53, because a number with decimals is binary in JSON and would be rounded. A line may carry `&quot;actor&quot;` (≤ %1 characters) and `&quot;id&quot;` (≤ %2 characters: a line whose id was applied before is skipped, see `ecoclaim-cli apply`). Every refusal names the field.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Dashboard</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::DatabaseFiles</name>
    <message>
        <source>Name the file of the new database.</source>
        <translation>Name the file of the new database.</translation>
    </message>
    <message>
        <source>A server database is created by its administrator (see the README); here only a file on this computer is made.</source>
        <translation>A server database is created by its administrator (see the README); here only a file on this computer is made.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 is a folder: name a file in it.</translation>
    </message>
    <message>
        <source>%1 already exists and holds data; it was not changed. Open it with File ▸ Open another database, or choose a new name.</source>
        <translation>%1 already exists and holds data; it was not changed. Open it with File ▸ Open another database, or choose a new name.</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). Two desks writing one database file over a share can damage it: keep the file on this computer, or — for a bureau whose caseworkers share cases — use the bureau&apos;s server (PostgreSQL).</source>
        <translation>%1 is on a network share (%2). Two desks writing one database file over a share can damage it: keep the file on this computer, or — for a bureau whose caseworkers share cases — use the bureau&apos;s server (PostgreSQL).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Deadline</name>
    <message>
        <source>Due date unknown: %1 — no working-day calendar for %2 (from %3%4).</source>
        <translation>Due date unknown: %1 — no working-day calendar for %2 (from %3%4).</translation>
    </message>
    <message>
        <source>Due date unknown: %1 (no valid start date%2).</source>
        <translation>Due date unknown: %1 (no valid start date%2).</translation>
    </message>
    <message>
        <source>Due %1: %2 (from %3%4).</source>
        <translation>Due %1: %2 (from %3%4).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Deadlines</name>
    <message>
        <source>Organise preliminary verification</source>
        <translation>Organise preliminary verification</translation>
    </message>
    <message>
        <source>Appraisal report due</source>
        <translation>Appraisal report due</translation>
    </message>
    <message>
        <source>Reply to consultation notice due</source>
        <translation>Reply to consultation notice due</translation>
    </message>
    <message>
        <source>Consultation period ends</source>
        <translation>Consultation period ends</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <source>Restoration milestone due</source>
        <translation>Restoration milestone due</translation>
    </message>
    <message>
        <source>Written reply to the procuratorate due</source>
        <translation>Written reply to the procuratorate due</translation>
    </message>
    <message>
        <source>Consultation failed: bring the claim to court</source>
        <translation>Consultation failed: bring the claim to court</translation>
    </message>
    <message>
        <source>Announcement period for judicial confirmation ends</source>
        <translation>Announcement period for judicial confirmation ends</translation>
    </message>
    <message>
        <source>Annual work report to the Ministry</source>
        <translation>Annual work report to the Ministry</translation>
    </message>
    <message>
        <source>No working-day calendar for %1: whether this day is a working day cannot be told; import the year&apos;s holiday notice.</source>
        <translation>No working-day calendar for %1: whether this day is a working day cannot be told; import the year&apos;s holiday notice.</translation>
    </message>
    <message>
        <source>Falls on a public holiday (%1); under 民法典 Art. 203 the period would end on %2. Not moved automatically.</source>
        <translation>Falls on a public holiday (%1); under 民法典 Art. 203 the period would end on %2. Not moved automatically.</translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s) on %1: %2</source>
        <translation>
            <numerusform>extended by %n day on %1: %2</numerusform>
            <numerusform>extended by %n days on %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>suspended on %1: %2</source>
        <translation>suspended on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>resumed on %1 after %n day(s): %2</source>
        <translation>
            <numerusform>resumed on %1 after %n day: %2</numerusform>
            <numerusform>resumed on %1 after %n days: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjusted: %1.</source>
        <translation>Adjusted: %1.</translation>
    </message>
    <message>
        <source>The work of %1 is reported to the Ministry of Ecology and Environment by the end of January.</source>
        <translation>The work of %1 is reported to the Ministry of Ecology and Environment by the end of January.</translation>
    </message>
    <message>
        <source>Verification must be organised within 30 days of receiving the clue on %1.</source>
        <translation>Verification must be organised within 30 days of receiving the clue on %1.</translation>
    </message>
    <message>
        <source>The commission agreement of %1 with %2 sets the report&apos;s time limit.</source>
        <translation>The commission agreement of %1 with %2 sets the report&apos;s time limit.</translation>
    </message>
    <message>
        <source>%1 was served the consultation notice on %2; no reply by the date set on it counts as a refusal, and the claim then goes to court (Art. 25(1)).</source>
        <translation>%1 was served the consultation notice on %2; no reply by the date set on it counts as a refusal, and the claim then goes to court (Art. 25(1)).</translation>
    </message>
    <message>
        <source>Consultation lasts at most 90 days from service of the notice on %1 (%2 of 3 rounds held). After it, consultation has failed and the claim shall go to court (Art. 25(3)).</source>
        <translation>Consultation lasts at most 90 days from service of the notice on %1 (%2 of 3 rounds held). After it, consultation has failed and the claim shall go to court (Art. 25(3)).</translation>
    </message>
    <message>
        <source>%1 accepted the application on %2 and announces the agreement for 30 days before ruling.</source>
        <translation>%1 accepted the application on %2 and announces the agreement for 30 days before ruling.</translation>
    </message>
    <message>
        <source>%1 announced a public-interest suit (%2); a decision to claim must be answered in writing within the announcement period.</source>
        <translation>%1 announced a public-interest suit (%2); a decision to claim must be answered in writing within the announcement period.</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 yuan under the agreement signed on %3.</source>
        <translation>Instalment %1 of %2 yuan under the agreement signed on %3.</translation>
    </message>
    <message>
        <source>Apply to the court for enforcement</source>
        <translation>Apply to the court for enforcement</translation>
    </message>
    <message>
        <source>Answer the reporter</source>
        <translation>Answer the reporter</translation>
    </message>
    <message>
        <source>Carry out the supervisor&apos;s instruction</source>
        <translation>Carry out the supervisor&apos;s instruction</translation>
    </message>
    <message>
        <source>Major-case timetable step due</source>
        <translation>Major-case timetable step due</translation>
    </message>
    <message>
        <source>Consultation recorded as failed on %1: %2 (%3).</source>
        <translation>Consultation recorded as failed on %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Three consultation rounds were held without agreement (the last on %1).</source>
        <translation>Three consultation rounds were held without agreement (the last on %1).</translation>
    </message>
    <message>
        <source>%1 refused consultation in writing on %2.</source>
        <translation>%1 refused consultation in writing on %2.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4).</source>
        <translation>%1: %2 on %3 (%4).</translation>
    </message>
    <message>
        <source>the judgment %1 took effect on %2</source>
        <translation>the judgment %1 took effect on %2</translation>
    </message>
    <message>
        <source>the judgment %1 of %2 (its effective date is not recorded; the judgment date is used)</source>
        <translation>the judgment %1 of %2 (its effective date is not recorded; the judgment date is used)</translation>
    </message>
    <message>
        <source>the last day of performance under the confirmed agreement, %1</source>
        <translation>the last day of performance under the confirmed agreement, %1</translation>
    </message>
    <message>
        <source>the ruling %1 confirming the agreement, %2</source>
        <translation>the ruling %1 confirming the agreement, %2</translation>
    </message>
    <message numerus="yes">
        <source>Consultation has failed: bring the claim to court within %n day(s).</source>
        <translation>
            <numerusform>Consultation has failed: bring the claim to court within %n day.</numerusform>
            <numerusform>Consultation has failed: bring the claim to court within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation with this party has failed: bring the claim to court within %n day(s).</source>
        <translation>
            <numerusform>Consultation with this party has failed: bring the claim to court within %n day.</numerusform>
            <numerusform>Consultation with this party has failed: bring the claim to court within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 does not reply by %2, consultation counts as refused (Art. 19 ¶2, Art. 25 ¶1(1)) and the claim goes to court within %n day(s) after it.</source>
        <translation>
            <numerusform>If %1 does not reply by %2, consultation counts as refused (Art. 19 ¶2, Art. 25 ¶1(1)) and the claim goes to court within %n day after it.</numerusform>
            <numerusform>If %1 does not reply by %2, consultation counts as refused (Art. 19 ¶2, Art. 25 ¶1(1)) and the claim goes to court within %n days after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not performed: apply to the court for enforcement within two years from %1 (Art. 24 ¶2).</source>
        <translation>Not performed: apply to the court for enforcement within two years from %1 (Art. 24 ¶2).</translation>
    </message>
    <message>
        <source>%1 instructed on %2: %3</source>
        <translation>%1 instructed on %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 reported the case on %2 and is to be answered within %n day(s).</source>
        <translation>
            <numerusform>%1 reported the case on %2 and is to be answered within %n day.</numerusform>
            <numerusform>%1 reported the case on %2 and is to be answered within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::Demo</name>
    <message numerus="yes">
        <source>The database already holds %n case(s); the demo set is only loaded into an empty database.</source>
        <translation>
            <numerusform>The database already holds %n case; the demo set is only loaded into an empty database.</numerusform>
            <numerusform>The database already holds %n cases; the demo set is only loaded into an empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::Disclosure</name>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>I. Basic facts</source>
        <translation>I. Basic facts</translation>
    </message>
    <message>
        <source>Case %1, %2 (%3); clue received on %4.</source>
        <translation>Case %1, %2 (%3); clue received on %4.</translation>
    </message>
    <message>
        <source>Site: </source>
        <translation>Site: </translation>
    </message>
    <message>
        <source>Facts: </source>
        <translation>Facts: </translation>
    </message>
    <message>
        <source>Liable parties: %1.</source>
        <translation>Liable parties: %1.</translation>
    </message>
    <message>
        <source>Preliminary verification: </source>
        <translation>Preliminary verification: </translation>
    </message>
    <message>
        <source>Scope of the damage: </source>
        <translation>Scope of the damage: </translation>
    </message>
    <message>
        <source>Degree of the damage: </source>
        <translation>Degree of the damage: </translation>
    </message>
    <message>
        <source>Causation: </source>
        <translation>Causation: </translation>
    </message>
    <message>
        <source>II. Appraisal</source>
        <translation>II. Appraisal</translation>
    </message>
    <message>
        <source>No appraisal has been completed.</source>
        <translation>No appraisal has been completed.</translation>
    </message>
    <message>
        <source>%1 (%2) completed the appraisal on %3; damage quantified at %4.</source>
        <translation>%1 (%2) completed the appraisal on %3; damage quantified at %4.</translation>
    </message>
    <message>
        <source>Damage determined: </source>
        <translation>Damage determined: </translation>
    </message>
    <message>
        <source>Extent of the loss: </source>
        <translation>Extent of the loss: </translation>
    </message>
    <message>
        <source>Quantification: </source>
        <translation>Quantification: </translation>
    </message>
    <message>
        <source>III. Consultation</source>
        <translation>III. Consultation</translation>
    </message>
    <message>
        <source>No consultation round has been held.</source>
        <translation>No consultation round has been held.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation round(s) held.</source>
        <translation>
            <numerusform>%n consultation round held.</numerusform>
            <numerusform>%n consultation rounds held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 (%2): </source>
        <translation>Round %1 (%2): </translation>
    </message>
    <message>
        <source>Result: agreement reached.</source>
        <translation>Result: agreement reached.</translation>
    </message>
    <message>
        <source>Result: no agreement was reached.</source>
        <translation>Result: no agreement was reached.</translation>
    </message>
    <message>
        <source>IV. Agreement or judgment</source>
        <translation>IV. Agreement or judgment</translation>
    </message>
    <message>
        <source>Compensation agreement signed on %1: %2 in total.</source>
        <translation>Compensation agreement signed on %1: %2 in total.</translation>
    </message>
    <message>
        <source>Restoration agreed: </source>
        <translation>Restoration agreed: </translation>
    </message>
    <message>
        <source>%1 confirmed the agreement on %2 (%3).</source>
        <translation>%1 confirmed the agreement on %2 (%3).</translation>
    </message>
    <message>
        <source>%1 refused to confirm the agreement on %2 (%3).</source>
        <translation>%1 refused to confirm the agreement on %2 (%3).</translation>
    </message>
    <message>
        <source>Claim brought before %1 on %2.</source>
        <translation>Claim brought before %1 on %2.</translation>
    </message>
    <message>
        <source>Judgment %1 of %2: %3 awarded.</source>
        <translation>Judgment %1 of %2: %3 awarded.</translation>
    </message>
    <message>
        <source>Judgment: </source>
        <translation>Judgment: </translation>
    </message>
    <message>
        <source>No agreement has been signed and no judgment given.</source>
        <translation>No agreement has been signed and no judgment given.</translation>
    </message>
    <message>
        <source>V. Use of funds</source>
        <translation>V. Use of funds</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Paid: %1.</translation>
    </message>
    <message>
        <source>%1: %2 paid by %3</source>
        <translation>%1: %2 paid by %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>VI. Restoration effect</source>
        <translation>VI. Restoration effect</translation>
    </message>
    <message>
        <source>Restoration started on %1 by %2.</source>
        <translation>Restoration started on %1 by %2.</translation>
    </message>
    <message>
        <source>Restoration reported complete on %1.</source>
        <translation>Restoration reported complete on %1.</translation>
    </message>
    <message>
        <source>Completion report: </source>
        <translation>Completion report: </translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2: passed.</source>
        <translation>Evaluation of %1 by %2: passed.</translation>
    </message>
    <message>
        <source>Evaluation of %1 by %2: not passed.</source>
        <translation>Evaluation of %1 by %2: not passed.</translation>
    </message>
    <message>
        <source>Targets achieved: </source>
        <translation>Targets achieved: </translation>
    </message>
    <message>
        <source>Effect: </source>
        <translation>Effect: </translation>
    </message>
    <message>
        <source>Restoration has not started.</source>
        <translation>Restoration has not started.</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>Reviewed by: %1</translation>
    </message>
    <message>
        <source>Public information on case %1: %2</source>
        <translation>Public information on case %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Disclosure text (Art. 35), reviewed by %1; text SHA-256 %2</source>
        <translation>Disclosure text (Art. 35), reviewed by %1; text SHA-256 %2</translation>
    </message>
    <message>
        <source>Disclosure (Art. 35 ¶2)</source>
        <translation>Disclosure (Art. 35 ¶2)</translation>
    </message>
    <message>
        <source>[ID number removed]</source>
        <translation>[ID number removed]</translation>
    </message>
    <message>
        <source>[credit code removed]</source>
        <translation>[credit code removed]</translation>
    </message>
    <message>
        <source>[telephone removed]</source>
        <translation>[telephone removed]</translation>
    </message>
    <message>
        <source>[address removed]</source>
        <translation>[address removed]</translation>
    </message>
    <message>
        <source>[account removed]</source>
        <translation>[account removed]</translation>
    </message>
    <message>
        <source>[plate number removed]</source>
        <translation>[plate number removed]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation>[name removed]</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Field</name>
    <message>
        <source>Liable party</source>
        <translation>Liable party</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Meeting on</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>Reply due on</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Form of consultation</source>
        <translation>Form of consultation</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Record of the round</source>
        <translation>Record of the round</translation>
    </message>
    <message>
        <source>Signed by everyone present</source>
        <translation>Signed by everyone present</translation>
    </message>
    <message>
        <source>Host&apos;s note on a refusal to sign</source>
        <translation>Host&apos;s note on a refusal to sign</translation>
    </message>
    <message>
        <source>Reason to exceed 3 rounds or 90 days</source>
        <translation>Reason to exceed 3 rounds or 90 days</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Restoration: plan, start and time limit</source>
        <translation>Restoration: plan, start and time limit</translation>
    </message>
    <message>
        <source>Party assuming the whole liability</source>
        <translation>Party assuming the whole liability</translation>
    </message>
    <message>
        <source>Parties will apply for judicial confirmation</source>
        <translation>Parties will apply for judicial confirmation</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Why consultation failed</source>
        <translation>Why consultation failed</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Accepted by the court on</source>
        <translation>Accepted by the court on</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Ruled on</translation>
    </message>
    <message>
        <source>Agreement confirmed</source>
        <translation>Agreement confirmed</translation>
    </message>
    <message>
        <source>Ruling number</source>
        <translation>Ruling number</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Judged on</translation>
    </message>
    <message>
        <source>Judgment number</source>
        <translation>Judgment number</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Amount awarded</translation>
    </message>
    <message>
        <source>Restoration ordered</source>
        <translation>Restoration ordered</translation>
    </message>
    <message>
        <source>Summary of the judgment</source>
        <translation>Summary of the judgment</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Who restores</source>
        <translation>Who restores</translation>
    </message>
    <message>
        <source>Name of the restorer</source>
        <translation>Name of the restorer</translation>
    </message>
    <message>
        <source>Damage facts confirmed in writing on</source>
        <translation>Damage facts confirmed in writing on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Milestone number</source>
        <translation>Milestone number</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Evaluation method</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Main restoration targets</source>
        <translation>Main restoration targets</translation>
    </message>
    <message>
        <source>How the plan was carried out</source>
        <translation>How the plan was carried out</translation>
    </message>
    <message>
        <source>Whether the targets were met</source>
        <translation>Whether the targets were met</translation>
    </message>
    <message>
        <source>Effect of restoration</source>
        <translation>Effect of restoration</translation>
    </message>
    <message>
        <source>Resumed on</source>
        <translation>Resumed on</translation>
    </message>
    <message>
        <source>What remains to be done</source>
        <translation>What remains to be done</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <source>Kind of proceeding</source>
        <translation>Kind of proceeding</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Announcement period ends on</source>
        <translation>Announcement period ends on</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>Clue channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>Major case</translation>
    </message>
    <message>
        <source>Why it is a major case</source>
        <translation>Why it is a major case</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>Kind of party</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>In custody</translation>
    </message>
    <message>
        <source>Defence agent or close relative</source>
        <translation>Defence agent or close relative</translation>
    </message>
    <message>
        <source>Pollution liability insurance</source>
        <translation>Pollution liability insurance</translation>
    </message>
    <message>
        <source>Lead department and joint case group</source>
        <translation>Lead department and joint case group</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>Damage to the environment was caused</source>
        <translation>Damage to the environment was caused</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <source>Transfer letter sent on</source>
        <translation>Transfer letter sent on</translation>
    </message>
    <message>
        <source>Why it belongs to that department</source>
        <translation>Why it belongs to that department</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>Appraisal mode</translation>
    </message>
    <message>
        <source>Appraisal institution</source>
        <translation>Appraisal institution</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>Commissioned on</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Items, content and materials</source>
        <translation>Items, content and materials</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <source>Why the case is not simple</source>
        <translation>Why the case is not simple</translation>
    </message>
    <message>
        <source>Damage determination</source>
        <translation>Damage determination</translation>
    </message>
    <message>
        <source>Scope of loss</source>
        <translation>Scope of loss</translation>
    </message>
    <message>
        <source>Causation analysis</source>
        <translation>Causation analysis</translation>
    </message>
    <message>
        <source>Quantification of damage</source>
        <translation>Quantification of damage</translation>
    </message>
    <message>
        <source>Restoration plan in the report</source>
        <translation>Restoration plan in the report</translation>
    </message>
    <message>
        <source>Damage exists</source>
        <translation>Damage exists</translation>
    </message>
    <message>
        <source>Scope of damage</source>
        <translation>Scope of damage</translation>
    </message>
    <message>
        <source>Degree of damage</source>
        <translation>Degree of damage</translation>
    </message>
    <message>
        <source>A liable party is identified</source>
        <translation>A liable party is identified</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Causation</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Drafted on</translation>
    </message>
    <message>
        <source>Environmental elements restored</source>
        <translation>Environmental elements restored</translation>
    </message>
    <message>
        <source>Scope of restoration</source>
        <translation>Scope of restoration</translation>
    </message>
    <message>
        <source>Targets and standards</source>
        <translation>Targets and standards</translation>
    </message>
    <message>
        <source>Technical plan</source>
        <translation>Technical plan</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Alternative restoration</source>
        <translation>Alternative restoration</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Interim loss of services</source>
        <translation>Interim loss of services</translation>
    </message>
    <message>
        <source>Permanent damage loss</source>
        <translation>Permanent damage loss</translation>
    </message>
    <message>
        <source>Investigation and appraisal costs</source>
        <translation>Investigation and appraisal costs</translation>
    </message>
    <message>
        <source>Clean-up and restoration costs</source>
        <translation>Clean-up and restoration costs</translation>
    </message>
    <message>
        <source>Costs of preventing damage</source>
        <translation>Costs of preventing damage</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>Punitive damages</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>Suspended on</translation>
    </message>
    <message>
        <source>Days added</source>
        <translation>Days added</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Proceeding number</source>
        <translation>Proceeding number</translation>
    </message>
    <message>
        <source>Content of the reply</source>
        <translation>Content of the reply</translation>
    </message>
    <message>
        <source>Which one (e.g. instalment:2); empty: every deadline of the kind</source>
        <translation>Which one (e.g. instalment:2); empty: every deadline of the kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Kind of material</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Legal representative, or operator of an individual business</source>
        <translation>Legal representative, or operator of an individual business</translation>
    </message>
    <message>
        <source>Day of issue (papers without an act that dates them)</source>
        <translation>Day of issue (papers without an act that dates them)</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Meeting time</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Place of the meeting recorded</source>
        <translation>Place of the meeting recorded</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>How the report was handled</source>
        <translation>How the report was handled</translation>
    </message>
    <message>
        <source>Materials provided</source>
        <translation>Materials provided</translation>
    </message>
    <message>
        <source>Marked draft (never numbered)</source>
        <translation>Marked draft (never numbered)</translation>
    </message>
    <message>
        <source>Number it although the meeting is fewer than five working days away</source>
        <translation>Number it although the meeting is fewer than five working days away</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Liable party: its number, or &quot;all&quot; for one paper to each</source>
        <translation>Liable party: its number, or &quot;all&quot; for one paper to each</translation>
    </message>
    <message>
        <source>Which round or appraisal (round:N, appraisal:N)</source>
        <translation>Which round or appraisal (round:N, appraisal:N)</translation>
    </message>
    <message>
        <source>Paper to supersede (document id)</source>
        <translation>Paper to supersede (document id)</translation>
    </message>
    <message>
        <source>Paper served (document id)</source>
        <translation>Paper served (document id)</translation>
    </message>
    <message>
        <source>Proof of service (evidence id)</source>
        <translation>Proof of service (evidence id)</translation>
    </message>
    <message>
        <source>Apportioned by</source>
        <translation>Apportioned by</translation>
    </message>
    <message>
        <source>Share in per cent</source>
        <translation>Share in per cent</translation>
    </message>
    <message>
        <source>Share as an amount</source>
        <translation>Share as an amount</translation>
    </message>
    <message>
        <source>Liable parties present (a batch; empty: all)</source>
        <translation>Liable parties present (a batch; empty: all)</translation>
    </message>
    <message>
        <source>Compensation in money only, no restoration by the party</source>
        <translation>Compensation in money only, no restoration by the party</translation>
    </message>
    <message>
        <source>To be performed by</source>
        <translation>To be performed by</translation>
    </message>
    <message>
        <source>Why less than the advanced costs is claimed</source>
        <translation>Why less than the advanced costs is claimed</translation>
    </message>
    <message>
        <source>Liable parties signing (a batch; empty: all)</source>
        <translation>Liable parties signing (a batch; empty: all)</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>Took effect on</translation>
    </message>
    <message>
        <source>Paid through the court&apos;s enforcement</source>
        <translation>Paid through the court&apos;s enforcement</translation>
    </message>
    <message>
        <source>Non-tax revenue payment slip or receipt number</source>
        <translation>Non-tax revenue payment slip or receipt number</translation>
    </message>
    <message>
        <source>Treasury account paid into</source>
        <translation>Treasury account paid into</translation>
    </message>
    <message>
        <source>What it pays (empty: apportioned)</source>
        <translation>What it pays (empty: apportioned)</translation>
    </message>
    <message>
        <source>Why the administrative penalty does not replace compensation</source>
        <translation>Why the administrative penalty does not replace compensation</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>Acted on</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Who acted</translation>
    </message>
    <message>
        <source>Name of who acted</source>
        <translation>Name of who acted</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>Why the department acted</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Claimed as</source>
        <translation>Claimed as</translation>
    </message>
    <message>
        <source>Paid by (department)</source>
        <translation>Paid by (department)</translation>
    </message>
    <message>
        <source>Voucher or invoice number</source>
        <translation>Voucher or invoice number</translation>
    </message>
    <message>
        <source>Emergency action number</source>
        <translation>Emergency action number</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>How the report was handled and the answer</source>
        <translation>How the report was handled and the answer</translation>
    </message>
    <message>
        <source>What the court is asked to enforce</source>
        <translation>What the court is asked to enforce</translation>
    </message>
    <message>
        <source>Amount to enforce</source>
        <translation>Amount to enforce</translation>
    </message>
    <message>
        <source>Enforcement case number</source>
        <translation>Enforcement case number</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The court&apos;s decision and what remains</source>
        <translation>The court&apos;s decision and what remains</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <source>Why (performed, settled…)</source>
        <translation>Why (performed, settled…)</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Why the facts of the damage are simple</source>
        <translation>Why the facts of the damage are simple</translation>
    </message>
    <message>
        <source>Why liability is not disputed</source>
        <translation>Why liability is not disputed</translation>
    </message>
    <message>
        <source>Estimated damage</source>
        <translation>Estimated damage</translation>
    </message>
    <message>
        <source>The intentional violation of law</source>
        <translation>The intentional violation of law</translation>
    </message>
    <message>
        <source>The serious consequences</source>
        <translation>The serious consequences</translation>
    </message>
    <message>
        <source>Evidence (judgment, records, monitoring)</source>
        <translation>Evidence (judgment, records, monitoring)</translation>
    </message>
    <message>
        <source>Why the city handles it</source>
        <translation>Why the city handles it</translation>
    </message>
    <message>
        <source>Why the report leaves out one of the five contents</source>
        <translation>Why the report leaves out one of the five contents</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>Member departments</source>
        <translation>Member departments</translation>
    </message>
    <message>
        <source>Assisting town governments or sub-district offices (names)</source>
        <translation>Assisting town governments or sub-district offices (names)</translation>
    </message>
    <message>
        <source>Decided by (the right holder)</source>
        <translation>Decided by (the right holder)</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <source>Member department</source>
        <translation>Member department</translation>
    </message>
    <message>
        <source>Assisting town government or sub-district office (name)</source>
        <translation>Assisting town government or sub-district office (name)</translation>
    </message>
    <message>
        <source>Region (province or city)</source>
        <translation>Region (province or city)</translation>
    </message>
    <message>
        <source>Its department</source>
        <translation>Its department</translation>
    </message>
    <message>
        <source>How the case is handled together</source>
        <translation>How the case is handled together</translation>
    </message>
    <message>
        <source>Liable party (empty: all)</source>
        <translation>Liable party (empty: all)</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>To be done by</translation>
    </message>
    <message>
        <source>Instruction number</source>
        <translation>Instruction number</translation>
    </message>
    <message>
        <source>How it was carried out</source>
        <translation>How it was carried out</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Step number</translation>
    </message>
    <message>
        <source>Payment number (1 = the first recorded)</source>
        <translation>Payment number (1 = the first recorded)</translation>
    </message>
    <message>
        <source>Which of them (1 = the first recorded; empty: the only one)</source>
        <translation>Which of them (1 = the first recorded; empty: the only one)</translation>
    </message>
    <message>
        <source>Record to correct</source>
        <translation>Record to correct</translation>
    </message>
    <message>
        <source>Field to correct</source>
        <translation>Field to correct</translation>
    </message>
    <message>
        <source>Right value (a date as YYYY-MM-DD)</source>
        <translation>Right value (a date as YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Existing case number (a case from a legacy ledger)</source>
        <translation>Existing case number (a case from a legacy ledger)</translation>
    </message>
    <message>
        <source>Identified on (when not today)</source>
        <translation>Identified on (when not today)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::FileStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be copied into the case file store.</source>
        <translation>The file %1 could not be copied into the case file store.</translation>
    </message>
    <message>
        <source>%1 is not the name of a stored file.</source>
        <translation>%1 is not the name of a stored file.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from %2.</source>
        <translation>The stored file %1 is missing from %2.</translation>
    </message>
    <message>
        <source>The stored file %1 has been altered: its bytes no longer match its SHA-256.</source>
        <translation>The stored file %1 has been altered: its bytes no longer match its SHA-256.</translation>
    </message>
    <message>
        <source>No stored file %1 is recorded in this database.</source>
        <translation>No stored file %1 is recorded in this database.</translation>
    </message>
    <message>
        <source>the server database</source>
        <translation>the server database</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file being stored does not match its SHA-256 %1.</source>
        <translation>The file being stored does not match its SHA-256 %1.</translation>
    </message>
    <message>
        <source>Piece %1 of the stored file %2 is missing on the server.</source>
        <translation>Piece %1 of the stored file %2 is missing on the server.</translation>
    </message>
    <message>
        <source>The file being stored changed while it was read (%1 bytes instead of %2).</source>
        <translation>The file being stored changed while it was read (%1 bytes instead of %2).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Generator</name>
    <message numerus="yes">
        <source>The database already has %n case(s); generate writes only into an empty database.</source>
        <translation>
            <numerusform>The database already has %n case(s); generate writes only into an empty database.</numerusform>
            <numerusform>The database already has %n case(s); generate writes only into an empty database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say how many cases to generate: a number of at least 1.</source>
        <translation>Say how many cases to generate: a number of at least 1.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>cases written</source>
        <translation>cases written</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>search index</translation>
    </message>
    <message>
        <source>%1 is open in another program or was not closed cleanly (its -wal file holds data); generate does not replace it.</source>
        <translation>%1 is open in another program or was not closed cleanly (its -wal file holds data); generate does not replace it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds records (%n audit entries); generate writes only a new database.</source>
        <translation>
            <numerusform>%1 already holds records (%n audit entries); generate writes only a new database.</numerusform>
            <numerusform>%1 already holds records (%n audit entries); generate writes only a new database.</numerusform>
        </translation>
    </message>
    <message>
        <source>The generated database could not be moved to %1.</source>
        <translation>The generated database could not be moved to %1.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help for what is in front of you</source>
        <translation>&amp;Help for what is in front of you</translation>
    </message>
    <message>
        <source>&amp;Guide to the procedure</source>
        <translation>&amp;Guide to the procedure</translation>
    </message>
    <message>
        <source>The &amp;rules (full text)</source>
        <translation>The &amp;rules (full text)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About EcoClaim</source>
        <translation>&amp;About EcoClaim</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>A clue is registered (Ctrl+N) with its channel and the site; EcoClaim warns when a case about the same site or party already exists. Clues are screened and handed to the unit in charge.</source>
        <translation>A clue is registered (Ctrl+N) with its channel and the site; EcoClaim warns when a case about the same site or party already exists. Clues are screened and handed to the unit in charge.</translation>
    </message>
    <message>
        <source>The unit verifies the clue: whether damage occurred, who caused it, whether the rules apply. The conclusion decides: file the case, transfer it, or not initiate a claim.</source>
        <translation>The unit verifies the clue: whether damage occurred, who caused it, whether the rules apply. The conclusion decides: file the case, transfer it, or not initiate a claim.</translation>
    </message>
    <message>
        <source>Where one of the grounds of Art. 14 holds (already compensated, a judgment covers it, minor damage…), the claim is not initiated — a decision of the bureau, with its written reasons.</source>
        <translation>Where one of the grounds of Art. 14 holds (already compensated, a judgment covers it, minor damage…), the claim is not initiated — a decision of the bureau, with its written reasons.</translation>
    </message>
    <message>
        <source>Once filed, the damage is investigated (evidence, site records) and appraised by an institution or experts; the appraisal report fixes the amount claimed.</source>
        <translation>Once filed, the damage is investigated (evidence, site records) and appraised by an institution or experts; the appraisal report fixes the amount claimed.</translation>
    </message>
    <message>
        <source>The liable parties are invited to consult: the notice is served at least five working days before the meeting (the reply slip and the 送达回证 go with it); at most three rounds within ninety days.</source>
        <translation>The liable parties are invited to consult: the notice is served at least five working days before the meeting (the reply slip and the 送达回证 go with it); at most three rounds within ninety days.</translation>
    </message>
    <message>
        <source>A consultation that succeeds ends in a compensation agreement, which may be confirmed by a court; payments are recorded against it, instalment by instalment.</source>
        <translation>A consultation that succeeds ends in a compensation agreement, which may be confirmed by a court; payments are recorded against it, instalment by instalment.</translation>
    </message>
    <message>
        <source>Where consultation fails (refused, no reply, the time limit passed), the bureau sues; the judgment is then enforced.</source>
        <translation>Where consultation fails (refused, no reply, the time limit passed), the bureau sues; the judgment is then enforced.</translation>
    </message>
    <message>
        <source>Damage that can be restored is restored — by the liable party, a third party or the department — or an alternative restoration is chosen.</source>
        <translation>Damage that can be restored is restored — by the liable party, a third party or the department — or an alternative restoration is chosen.</translation>
    </message>
    <message>
        <source>When the restoration is finished its effect is evaluated; an effect short of the goal sends the case back to restoration.</source>
        <translation>When the restoration is finished its effect is evaluated; an effect short of the goal sends the case back to restoration.</translation>
    </message>
    <message>
        <source>A claim that can no longer go on is terminated, with the reason on record.</source>
        <translation>A claim that can no longer go on is terminated, with the reason on record.</translation>
    </message>
    <message>
        <source>A case whose duties are fulfilled is closed; the information is published and reported.</source>
        <translation>A case whose duties are fulfilled is closed; the information is published and reported.</translation>
    </message>
    <message>
        <source>The closed case is archived as one volume (the pre-archive self-check lists what is missing); an archived case is read-only.</source>
        <translation>The closed case is archived as one volume (the pre-archive self-check lists what is missing); an archived case is read-only.</translation>
    </message>
    <message>
        <source>Guide to the procedure</source>
        <translation>Guide to the procedure</translation>
    </message>
    <message>
        <source>A case moves from stage to stage by the steps the rules allow. In a case, the next step is the button at the top (Ctrl+Return); a step the rules do not allow yet is refused with the article it rests on — click the article, or press F1, to read it here.</source>
        <translation>A case moves from stage to stage by the steps the rules allow. In a case, the next step is the button at the top (Ctrl+Return); a step the rules do not allow yet is refused with the article it rests on — click the article, or press F1, to read it here.</translation>
    </message>
    <message>
        <source>The Chinese original is the final word.</source>
        <translation>The Chinese original is the final word.</translation>
    </message>
    <message>
        <source>Help: the article a refusal cites, or this guide</source>
        <translation>Help: the article a refusal cites, or this guide</translation>
    </message>
    <message>
        <source>Register a new clue</source>
        <translation>Register a new clue</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>Search the case list</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
    <message>
        <source>Enter / Ctrl+O</source>
        <translation>Enter / Ctrl+O</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Close the case tab</source>
        <translation>Close the case tab</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <source>The next step of the open case</source>
        <translation>The next step of the open case</translation>
    </message>
    <message>
        <source>The other actions of the open case</source>
        <translation>The other actions of the open case</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Show or hide the deadlines</source>
        <translation>Show or hide the deadlines</translation>
    </message>
    <message>
        <source>A paper for the selected cases</source>
        <translation>A paper for the selected cases</translation>
    </message>
    <message>
        <source>Export the case archive</source>
        <translation>Export the case archive</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>生态环境损害赔偿案件办理系统 — the desktop tool of the caseworkers who handle ecological-environment damage compensation cases in Shanghai.</source>
        <translation>生态环境损害赔偿案件办理系统 — the desktop tool of the caseworkers who handle ecological-environment damage compensation cases in Shanghai.</translation>
    </message>
    <message>
        <source>It follows 《上海市生态环境损害赔偿工作实施细则》 (沪环规〔2024〕5号, in force from 10 April 2024 to 9 April 2029); the full text is under &quot;The rules&quot;.</source>
        <translation>It follows 《上海市生态环境损害赔偿工作实施细则》 (沪环规〔2024〕5号, in force from 10 April 2024 to 9 April 2029); the full text is under &quot;The rules&quot;.</translation>
    </message>
    <message>
        <source>Every step of a case is also a command of ecoclaim-cli, through the same core; see the manual pages ecoclaim(1) and ecoclaim-cli(1).</source>
        <translation>Every step of a case is also a command of ecoclaim-cli, through the same core; see the manual pages ecoclaim(1) and ecoclaim-cli(1).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Identifiers</name>
    <message>
        <source>Enter the 18-character unified social credit code.</source>
        <translation>Enter the 18-character unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; “%1” has %2.</source>
        <translation>A unified social credit code has 18 characters; “%1” has %2.</translation>
    </message>
    <message>
        <source>A unified social credit code is written in capital letters: %1, not “%2”.</source>
        <translation>A unified social credit code is written in capital letters: %1, not “%2”.</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a unified social credit code (character %2 of “%3”): it uses digits and capital letters other than I, O, S, V and Z.</source>
        <translation>“%1” cannot appear in a unified social credit code (character %2 of “%3”): it uses digits and capital letters other than I, O, S, V and Z.</translation>
    </message>
    <message>
        <source>The check character of “%1” should be %2, not %3: a character was probably mistyped.</source>
        <translation>The check character of “%1” should be %2, not %3: a character was probably mistyped.</translation>
    </message>
    <message>
        <source>Enter the 18-character resident identity card number.</source>
        <translation>Enter the 18-character resident identity card number.</translation>
    </message>
    <message>
        <source>“%1” is an old 15-digit identity card number; enter the 18-character number of the current card.</source>
        <translation>“%1” is an old 15-digit identity card number; enter the 18-character number of the current card.</translation>
    </message>
    <message>
        <source>A resident identity card number has 18 characters; “%1” has %2.</source>
        <translation>A resident identity card number has 18 characters; “%1” has %2.</translation>
    </message>
    <message>
        <source>Character %1 of “%2” must be a digit, not “%3”.</source>
        <translation>Character %1 of “%2” must be a digit, not “%3”.</translation>
    </message>
    <message>
        <source>Write the last character of “%1” as a capital X.</source>
        <translation>Write the last character of “%1” as a capital X.</translation>
    </message>
    <message>
        <source>The last character of “%1” must be a digit or X, not “%2”.</source>
        <translation>The last character of “%1” must be a digit or X, not “%2”.</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is not a calendar date.</source>
        <translation>The birth date in “%1” is impossible: %2 is not a calendar date.</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is in the future.</source>
        <translation>The birth date in “%1” is impossible: %2 is in the future.</translation>
    </message>
    <message>
        <source>The birth date in “%1” is impossible: %2 is before %3.</source>
        <translation>The birth date in “%1” is impossible: %2 is before %3.</translation>
    </message>
    <message>
        <source>The check character of “%1” should be %2, not %3: a digit was probably mistyped.</source>
        <translation>The check character of “%1” should be %2, not %3: a digit was probably mistyped.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Import</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>The file is empty: the first row must name the columns.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds &quot;%3&quot; but the column has no header.</source>
        <translation>Row %1, column %2 holds &quot;%3&quot; but the column has no header.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file has %1 bytes; at most %2 are imported at once.</source>
        <translation>The file has %1 bytes; at most %2 are imported at once.</translation>
    </message>
    <message>
        <source>%1: read as %2, %3 rows.</source>
        <translation>%1: read as %2, %3 rows.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, column %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused.</source>
        <translation>
            <numerusform>Nothing was imported: %n row refused.</numerusform>
            <numerusform>Nothing was imported: %n rows refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: all %1 rows would be imported (nothing was changed).</source>
        <translation>Dry run: all %1 rows would be imported (nothing was changed).</translation>
    </message>
    <message>
        <source>Imported %1 clues as batch %2 (undo: ecoclaim-cli import undo %2).</source>
        <translation>Imported %1 clues as batch %2 (undo: ecoclaim-cli import undo %2).</translation>
    </message>
    <message>
        <source>row %1 → %2</source>
        <translation>row %1 → %2</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object (%1 at byte %2).</source>
        <translation>The mapping is not a JSON object (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The mapping is not an EcoClaim import mapping (&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1).</source>
        <translation>The mapping is not an EcoClaim import mapping (&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1).</translation>
    </message>
    <message>
        <source>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of %3.</source>
        <translation>The mapping sends column &quot;%1&quot; to &quot;%2&quot;, which is not a field of %3.</translation>
    </message>
    <message>
        <source>The mapping gives a value for &quot;%1&quot;, which is not a field of %2.</source>
        <translation>The mapping gives a value for &quot;%1&quot;, which is not a field of %2.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Cannot read the mapping %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 is larger than 1 MiB; it is not a mapping.</source>
        <translation>The mapping %1 is larger than 1 MiB; it is not a mapping.</translation>
    </message>
    <message>
        <source>Cannot write the mapping %1: %2</source>
        <translation>Cannot write the mapping %1: %2</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; is no field of %3: name it in a mapping (or map it to &quot;&quot; to leave it out).</source>
        <translation>Column %1 &quot;%2&quot; is no field of %3: name it in a mapping (or map it to &quot;&quot; to leave it out).</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both fill &quot;%3&quot;.</source>
        <translation>Columns %1 and %2 both fill &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No column of the header row is a field of %1: is the first row the header?</source>
        <translation>No column of the header row is a field of %1: is the first row the header?</translation>
    </message>
    <message>
        <source>Row %1, column %2 has %3 characters; a cell holds at most %4.</source>
        <translation>Row %1, column %2 has %3 characters; a cell holds at most %4.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>Row %1 has more than %2 columns.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; import it in parts.</source>
        <translation>The file has more than %1 rows; import it in parts.</translation>
    </message>
    <message>
        <source>Row %1, column %2 has more than %3 characters; a cell holds at most %3.</source>
        <translation>Row %1, column %2 has more than %3 characters; a cell holds at most %3.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote (&quot;…&quot;x). Quote the whole cell, and write a quote inside it as two (&quot;&quot;).</source>
        <translation>Line %1: text follows a closing quote (&quot;…&quot;x). Quote the whole cell, and write a quote inside it as two (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted cell that begins on line %1 is never closed (a &quot; is missing).</source>
        <translation>A quoted cell that begins on line %1 is never closed (a &quot; is missing).</translation>
    </message>
    <message>
        <source>This system cannot decode GB18030 (iconv has no GB18030 module).</source>
        <translation>This system cannot decode GB18030 (iconv has no GB18030 module).</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; (or GB18030) and import that.</source>
        <translation>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; (or GB18030) and import that.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 (it begins with a byte-order mark), but byte %1 (line %2) is not UTF-8. Nothing was imported.</source>
        <translation>The file says it is UTF-8 (it begins with a byte-order mark), but byte %1 (line %2) is not UTF-8. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (byte %1, line %2, is not) nor GB18030 (byte %3, line %4, is not). Save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>The file is neither UTF-8 (byte %1, line %2, is not) nor GB18030 (byte %3, line %4, is not). Save it as &quot;CSV UTF-8&quot; and import that.</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook: its ZIP directory is damaged or truncated.</source>
        <translation>The file is not a readable XLSX workbook: its ZIP directory is damaged or truncated.</translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts; it is not an ordinary spreadsheet.</source>
        <translation>The workbook has more than %1 parts; it is not an ordinary spreadsheet.</translation>
    </message>
    <message>
        <source>The workbook is damaged: an entry of its ZIP directory cannot be read.</source>
        <translation>The workbook is damaged: an entry of its ZIP directory cannot be read.</translation>
    </message>
    <message>
        <source>The workbook is encrypted (part %1): save it without a password and import that.</source>
        <translation>The workbook is encrypted (part %1): save it without a password and import that.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook uses compression method %2; only stored and deflated parts are read.</source>
        <translation>Part %1 of the workbook uses compression method %2; only stored and deflated parts are read.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook would inflate to %2 bytes (at most %3 are read).</source>
        <translation>Part %1 of the workbook would inflate to %2 bytes (at most %3 are read).</translation>
    </message>
    <message>
        <source>Part %1 of the workbook would inflate %2 times (a ZIP bomb?); it is not read.</source>
        <translation>Part %1 of the workbook would inflate %2 times (a ZIP bomb?); it is not read.</translation>
    </message>
    <message>
        <source>The workbook would inflate to more than %1 bytes; it is not read.</source>
        <translation>The workbook would inflate to more than %1 bytes; it is not read.</translation>
    </message>
    <message>
        <source>The workbook&apos;s ZIP directory cannot be read (error %1).</source>
        <translation>The workbook&apos;s ZIP directory cannot be read (error %1).</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>The workbook has no part %1.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook cannot be opened (error %2).</source>
        <translation>Part %1 of the workbook cannot be opened (error %2).</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is damaged: it cannot be inflated.</source>
        <translation>Part %1 of the workbook is damaged: it cannot be inflated.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook holds more bytes than its directory declares; it is not read.</source>
        <translation>Part %1 of the workbook holds more bytes than its directory declares; it is not read.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is damaged: its checksum does not match.</source>
        <translation>Part %1 of the workbook is damaged: its checksum does not match.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is shorter than its directory declares.</source>
        <translation>Part %1 of the workbook is shorter than its directory declares.</translation>
    </message>
    <message>
        <source>Part %1 of the workbook is not well-formed XML (line %2, column %3: %4).</source>
        <translation>Part %1 of the workbook is not well-formed XML (line %2, column %3: %4).</translation>
    </message>
    <message>
        <source>a document type declaration (DTD) is not accepted</source>
        <translation>a document type declaration (DTD) is not accepted</translation>
    </message>
    <message>
        <source>The file is a ZIP but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>The file is a ZIP but not an Excel workbook (it has no xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet (%1) is missing.</source>
        <translation>The workbook&apos;s first sheet (%1) is missing.</translation>
    </message>
    <message>
        <source>Shared string %1 of the workbook has more than %2 characters; a cell holds at most %2.</source>
        <translation>Shared string %1 of the workbook has more than %2 characters; a cell holds at most %2.</translation>
    </message>
    <message>
        <source>The sheet&apos;s rows are out of order (row %1 after row %2).</source>
        <translation>The sheet&apos;s rows are out of order (row %1 after row %2).</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; import it in parts.</source>
        <translation>The sheet has more than %1 rows; import it in parts.</translation>
    </message>
    <message>
        <source>The sheet has a cell outside any row.</source>
        <translation>The sheet has a cell outside any row.</translation>
    </message>
    <message>
        <source>Cell reference &quot;%1&quot; in row %2 is not a cell of that row.</source>
        <translation>Cell reference &quot;%1&quot; in row %2 is not a cell of that row.</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string &quot;%2&quot;; the workbook has %3.</source>
        <translation>Cell %1 refers to shared string &quot;%2&quot;; the workbook has %3.</translation>
    </message>
    <message>
        <source>Cell %1 should hold a number but holds &quot;%2&quot;.</source>
        <translation>Cell %1 should hold a number but holds &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The stage the case has reached is required.</source>
        <translation>The stage the case has reached is required.</translation>
    </message>
    <message>
        <source>The row says the case is at stage &quot;%1&quot; but has a value for %2, a later step: correct the stage or the value.</source>
        <translation>The row says the case is at stage &quot;%1&quot; but has a value for %2, a later step: correct the stage or the value.</translation>
    </message>
    <message>
        <source>The mapping is for a clue register (%1), not a case ledger: its &quot;command&quot; must be &quot;%2&quot;.</source>
        <translation>The mapping is for a clue register (%1), not a case ledger: its &quot;command&quot; must be &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column %1 holds &quot;%2&quot; but the column has no header.</source>
        <translation>Column %1 holds &quot;%2&quot; but the column has no header.</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>The file holds no rows to import.</translation>
    </message>
    <message>
        <source>Imported %1 cases as batch %2 (undo: ecoclaim-cli import undo %2).</source>
        <translation>Imported %1 cases as batch %2 (undo: ecoclaim-cli import undo %2).</translation>
    </message>
    <message>
        <source>The mapping names &quot;%1&quot;: an import registers new clues (register_clue) or cases of a legacy ledger (%2).</source>
        <translation>The mapping names &quot;%1&quot;: an import registers new clues (register_clue) or cases of a legacy ledger (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category of Art. 5: write 期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用.</source>
        <translation>&quot;%1&quot; is not a category of Art. 5: write 期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用.</translation>
    </message>
    <message>
        <source>%1 is a total, and amounts are kept by the categories of Art. 5: name its category in the column %2 (期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用).</source>
        <translation>%1 is a total, and amounts are kept by the categories of Art. 5: name its category in the column %2 (期间损失, 永久性损害损失, 鉴定评估费用, 修复费用 or 应急处置费用).</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is not taken by a ledger import (it takes clue, preliminary verification, filed, appraisal, consultation, agreement, restoration, evaluation, closed, transferred, not applicable, no damage, not initiated and terminated): a suit (Art. 25) and an archived file (Art. 42) rest on records a ledger does not hold. The row is refused rather than imported as something it was not; import the case up to its last stage taken and record the rest through its own steps.</source>
        <translation>Stage &quot;%1&quot; is not taken by a ledger import (it takes clue, preliminary verification, filed, appraisal, consultation, agreement, restoration, evaluation, closed, transferred, not applicable, no damage, not initiated and terminated): a suit (Art. 25) and an archived file (Art. 42) rest on records a ledger does not hold. The row is refused rather than imported as something it was not; import the case up to its last stage taken and record the rest through its own steps.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; is none of: clue (线索), preliminary verification (初步核查), filed (立案·损害调查), appraisal (鉴定评估), consultation (磋商), agreement (协议), restoration (修复), evaluation (修复效果评估), closed (结案), transferred (已移送), not applicable (不适用), no damage (未造成损害), not initiated (不启动索赔), terminated (终止索赔).</source>
        <translation>Stage &quot;%1&quot; is none of: clue (线索), preliminary verification (初步核查), filed (立案·损害调查), appraisal (鉴定评估), consultation (磋商), agreement (协议), restoration (修复), evaluation (修复效果评估), closed (结案), transferred (已移送), not applicable (不适用), no damage (未造成损害), not initiated (不启动索赔), terminated (终止索赔).</translation>
    </message>
    <message>
        <source>%1 belongs to an outcome (transferred, not applicable, no damage, not initiated, terminated) but the row says the case is at stage &quot;%2&quot;: correct the stage or the value.</source>
        <translation>%1 belongs to an outcome (transferred, not applicable, no damage, not initiated, terminated) but the row says the case is at stage &quot;%2&quot;: correct the stage or the value.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Ledger</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>Clue channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>Major case</translation>
    </message>
    <message>
        <source>Why it is a major case</source>
        <translation>Why it is a major case</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Stage reached</translation>
    </message>
    <message>
        <source>Kind of liable party</source>
        <translation>Kind of liable party</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>Liable party</translation>
    </message>
    <message>
        <source>Liable party&apos;s credit code</source>
        <translation>Liable party&apos;s credit code</translation>
    </message>
    <message>
        <source>Verification started on</source>
        <translation>Verification started on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Verification concluded on</source>
        <translation>Verification concluded on</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Damage found</translation>
    </message>
    <message>
        <source>Verification finding</source>
        <translation>Verification finding</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Appraisal mode</source>
        <translation>Appraisal mode</translation>
    </message>
    <message>
        <source>Appraisal institution</source>
        <translation>Appraisal institution</translation>
    </message>
    <message>
        <source>Appraisal commissioned on</source>
        <translation>Appraisal commissioned on</translation>
    </message>
    <message>
        <source>Appraisal report due on</source>
        <translation>Appraisal report due on</translation>
    </message>
    <message>
        <source>Appraisal items</source>
        <translation>Appraisal items</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Amount agreed</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Appraisal opinion received on</source>
        <translation>Appraisal opinion received on</translation>
    </message>
    <message>
        <source>Category of the amounts</source>
        <translation>Category of the amounts</translation>
    </message>
    <message>
        <source>Investigation concluded on</source>
        <translation>Investigation concluded on</translation>
    </message>
    <message>
        <source>Consultation started on</source>
        <translation>Consultation started on</translation>
    </message>
    <message>
        <source>Consultation notice served on</source>
        <translation>Consultation notice served on</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>Consultation meetings held on</source>
        <translation>Consultation meetings held on</translation>
    </message>
    <message>
        <source>Compensation in money only</source>
        <translation>Compensation in money only</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for on</source>
        <translation>Judicial confirmation applied for on</translation>
    </message>
    <message>
        <source>Confirming court</source>
        <translation>Confirming court</translation>
    </message>
    <message>
        <source>Judicially confirmed on</source>
        <translation>Judicially confirmed on</translation>
    </message>
    <message>
        <source>Confirmation ruling number</source>
        <translation>Confirmation ruling number</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Restoration started on</source>
        <translation>Restoration started on</translation>
    </message>
    <message>
        <source>Who restores</source>
        <translation>Who restores</translation>
    </message>
    <message>
        <source>Restored by</source>
        <translation>Restored by</translation>
    </message>
    <message>
        <source>Restoration completed on</source>
        <translation>Restoration completed on</translation>
    </message>
    <message>
        <source>Restoration evaluated on</source>
        <translation>Restoration evaluated on</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>Evaluation method</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Evaluation passed</source>
        <translation>Evaluation passed</translation>
    </message>
    <message>
        <source>Decided or transferred on</source>
        <translation>Decided or transferred on</translation>
    </message>
    <message>
        <source>Reason of the outcome</source>
        <translation>Reason of the outcome</translation>
    </message>
    <message>
        <source>Explanation of the outcome</source>
        <translation>Explanation of the outcome</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transferred to</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Lifecycle</name>
    <message>
        <source>The notice must be served at least five working days before the meeting.</source>
        <translation>The notice must be served at least five working days before the meeting.</translation>
    </message>
    <message>
        <source>The reply deadline must fall between service and the meeting.</source>
        <translation>The reply deadline must fall between service and the meeting.</translation>
    </message>
    <message>
        <source>The party is in custody: name the defence agent or close relative who received the notice.</source>
        <translation>The party is in custody: name the defence agent or close relative who received the notice.</translation>
    </message>
    <message>
        <source>No consultation notice served on this party is awaiting a reply.</source>
        <translation>No consultation notice served on this party is awaiting a reply.</translation>
    </message>
    <message>
        <source>No consultation notice has been served.</source>
        <translation>No consultation notice has been served.</translation>
    </message>
    <message>
        <source>No liable party has agreed to consult; no reply counts as a refusal.</source>
        <translation>No liable party has agreed to consult; no reply counts as a refusal.</translation>
    </message>
    <message>
        <source>Someone present refused to sign: the host must note it on the record.</source>
        <translation>Someone present refused to sign: the host must note it on the record.</translation>
    </message>
    <message>
        <source>Three rounds have been held: as a rule there is no fourth (give a reason to exceed, or consider litigation under Art. 25(3)).</source>
        <translation>Three rounds have been held: as a rule there is no fourth (give a reason to exceed, or consider litigation under Art. 25(3)).</translation>
    </message>
    <message>
        <source>The 90 days of consultation from service of the notice have passed (give a reason to exceed, or consider litigation under Art. 25(3)).</source>
        <translation>The 90 days of consultation from service of the notice have passed (give a reason to exceed, or consider litigation under Art. 25(3)).</translation>
    </message>
    <message>
        <source>No consultation round is on record.</source>
        <translation>No consultation round is on record.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed before the last consultation round.</source>
        <translation>The agreement cannot be signed before the last consultation round.</translation>
    </message>
    <message>
        <source>The instalments must add up to the total amount of the agreement, and fall due after signing.</source>
        <translation>The instalments must add up to the total amount of the agreement, and fall due after signing.</translation>
    </message>
    <message>
        <source>After an agreement the only ground to sue is that it was not performed; before it, non-performance is no ground.</source>
        <translation>After an agreement the only ground to sue is that it was not performed; before it, non-performance is no ground.</translation>
    </message>
    <message>
        <source>No liable party has refused the notice, and no reply deadline has passed without a reply.</source>
        <translation>No liable party has refused the notice, and no reply deadline has passed without a reply.</translation>
    </message>
    <message>
        <source>Neither the 90 days from service of the notice nor 3 consultation rounds have passed.</source>
        <translation>Neither the 90 days from service of the notice nor 3 consultation rounds have passed.</translation>
    </message>
    <message>
        <source>Describe the circumstances: who did not attend or walked out, or why agreement is impossible.</source>
        <translation>Describe the circumstances: who did not attend or walked out, or why agreement is impossible.</translation>
    </message>
    <message>
        <source>The agreement was judicially confirmed: apply to the court for enforcement instead of suing.</source>
        <translation>The agreement was judicially confirmed: apply to the court for enforcement instead of suing.</translation>
    </message>
    <message>
        <source>There is no signed agreement to confirm.</source>
        <translation>There is no signed agreement to confirm.</translation>
    </message>
    <message>
        <source>An application for confirmation is already pending or granted.</source>
        <translation>An application for confirmation is already pending or granted.</translation>
    </message>
    <message>
        <source>No application for judicial confirmation is pending.</source>
        <translation>No application for judicial confirmation is pending.</translation>
    </message>
    <message>
        <source>The court announces the agreement for at least 30 days after accepting the application before it rules.</source>
        <translation>The court announces the agreement for at least 30 days after accepting the application before it rules.</translation>
    </message>
    <message>
        <source>The judgment cannot come before the suit was filed.</source>
        <translation>The judgment cannot come before the suit was filed.</translation>
    </message>
    <message>
        <source>The liable party may restore first only after both sides confirmed the damage facts in writing.</source>
        <translation>The liable party may restore first only after both sides confirmed the damage facts in writing.</translation>
    </message>
    <message>
        <source>Restoration has already started.</source>
        <translation>Restoration has already started.</translation>
    </message>
    <message>
        <source>No restoration plan is on record.</source>
        <translation>No restoration plan is on record.</translation>
    </message>
    <message>
        <source>No judgment ordering restoration or payment is recorded.</source>
        <translation>No judgment ordering restoration or payment is recorded.</translation>
    </message>
    <message>
        <source>There is no open milestone with this number.</source>
        <translation>There is no open milestone with this number.</translation>
    </message>
    <message>
        <source>Nothing is due: no agreement or judgment with an amount is recorded.</source>
        <translation>Nothing is due: no agreement or judgment with an amount is recorded.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
    <message>
        <source>The payment is more than what remains due.</source>
        <translation>The payment is more than what remains due.</translation>
    </message>
    <message>
        <source>Restoration cannot be complete before it started.</source>
        <translation>Restoration cannot be complete before it started.</translation>
    </message>
    <message>
        <source>The evaluation cannot come before restoration was completed.</source>
        <translation>The evaluation cannot come before restoration was completed.</translation>
    </message>
    <message>
        <source>Only a failed evaluation sends the case back to restoration.</source>
        <translation>Only a failed evaluation sends the case back to restoration.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs an explanation.</source>
        <translation>The reason &quot;other&quot; needs an explanation.</translation>
    </message>
    <message>
        <source>The investigation conclusion on record does not propose termination.</source>
        <translation>The investigation conclusion on record does not propose termination.</translation>
    </message>
    <message>
        <source>Compensation due has not been paid in full.</source>
        <translation>Compensation due has not been paid in full.</translation>
    </message>
    <message>
        <source>The file lacks the investigation materials (investigation conclusion).</source>
        <translation>The file lacks the investigation materials (investigation conclusion).</translation>
    </message>
    <message>
        <source>The file lacks the appraisal opinion or report.</source>
        <translation>The file lacks the appraisal opinion or report.</translation>
    </message>
    <message>
        <source>The file lacks the consultation materials (notice and records).</source>
        <translation>The file lacks the consultation materials (notice and records).</translation>
    </message>
    <message>
        <source>The file lacks the agreement or the judgment.</source>
        <translation>The file lacks the agreement or the judgment.</translation>
    </message>
    <message>
        <source>The file lacks the restoration materials (a passed effect evaluation).</source>
        <translation>The file lacks the restoration materials (a passed effect evaluation).</translation>
    </message>
    <message>
        <source>A procuratorate&apos;s public-interest notice needs the end of its announcement period: the written reply is due within it.</source>
        <translation>A procuratorate&apos;s public-interest notice needs the end of its announcement period: the written reply is due within it.</translation>
    </message>
    <message>
        <source>The clue cannot be discovered after the day it was received.</source>
        <translation>The clue cannot be discovered after the day it was received.</translation>
    </message>
    <message>
        <source>A major case needs the reason it is major.</source>
        <translation>A major case needs the reason it is major.</translation>
    </message>
    <message>
        <source>A natural person has an ID number, not a unified social credit code.</source>
        <translation>A natural person has an ID number, not a unified social credit code.</translation>
    </message>
    <message>
        <source>An organisation has a unified social credit code, not a resident ID number.</source>
        <translation>An organisation has a unified social credit code, not a resident ID number.</translation>
    </message>
    <message>
        <source>This party is already on the case.</source>
        <translation>This party is already on the case.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field.</source>
        <translation>Nothing to change: give at least one field.</translation>
    </message>
    <message>
        <source>Verification cannot start before the clue was received.</source>
        <translation>Verification cannot start before the clue was received.</translation>
    </message>
    <message>
        <source>The conclusion cannot come before verification started.</source>
        <translation>The conclusion cannot come before verification started.</translation>
    </message>
    <message>
        <source>The preliminary verification has no recorded conclusion.</source>
        <translation>The preliminary verification has no recorded conclusion.</translation>
    </message>
    <message>
        <source>Only a verification that found damage to the environment leads to filing.</source>
        <translation>Only a verification that found damage to the environment leads to filing.</translation>
    </message>
    <message>
        <source>The case cannot be filed before the verification concluded.</source>
        <translation>The case cannot be filed before the verification concluded.</translation>
    </message>
    <message>
        <source>The verification found damage: the case must be filed, not closed.</source>
        <translation>The verification found damage: the case must be filed, not closed.</translation>
    </message>
    <message>
        <source>An appraisal is already under way: record its result or stop it first.</source>
        <translation>An appraisal is already under way: record its result or stop it first.</translation>
    </message>
    <message>
        <source>Commissioning an institution needs its name, the items of the commission and the time limit.</source>
        <translation>Commissioning an institution needs its name, the items of the commission and the time limit.</translation>
    </message>
    <message>
        <source>An expert assessment needs at least 3 experts.</source>
        <translation>An expert assessment needs at least 3 experts.</translation>
    </message>
    <message>
        <source>A simplified appraisal was stopped as unsuitable: an appraisal institution must be commissioned.</source>
        <translation>A simplified appraisal was stopped as unsuitable: an appraisal institution must be commissioned.</translation>
    </message>
    <message>
        <source>No expert assessment or comprehensive determination is under way.</source>
        <translation>No expert assessment or comprehensive determination is under way.</translation>
    </message>
    <message>
        <source>No appraisal has been commissioned, or it has already been recorded.</source>
        <translation>No appraisal has been commissioned, or it has already been recorded.</translation>
    </message>
    <message>
        <source>The result cannot come before the appraisal was commissioned.</source>
        <translation>The result cannot come before the appraisal was commissioned.</translation>
    </message>
    <message>
        <source>The investigation cannot conclude before the case was filed.</source>
        <translation>The investigation cannot conclude before the case was filed.</translation>
    </message>
    <message>
        <source>Consultation can only be proposed when damage exists and a liable party is identified.</source>
        <translation>Consultation can only be proposed when damage exists and a liable party is identified.</translation>
    </message>
    <message>
        <source>No liable party is recorded on the case.</source>
        <translation>No liable party is recorded on the case.</translation>
    </message>
    <message>
        <source>The damage investigation is not complete (no investigation conclusion).</source>
        <translation>The damage investigation is not complete (no investigation conclusion).</translation>
    </message>
    <message>
        <source>The investigation conclusion proposes terminating the claim, not consultation.</source>
        <translation>The investigation conclusion proposes terminating the claim, not consultation.</translation>
    </message>
    <message>
        <source>The damage appraisal is not complete (no appraisal result).</source>
        <translation>The damage appraisal is not complete (no appraisal result).</translation>
    </message>
    <message>
        <source>No initial restoration plan (alternative restoration included) has been drafted.</source>
        <translation>No initial restoration plan (alternative restoration included) has been drafted.</translation>
    </message>
    <message>
        <source>%1 must be an amount in yuan, such as &quot;12,345.67&quot;.</source>
        <translation>%1 must be an amount in yuan, such as &quot;12,345.67&quot;.</translation>
    </message>
    <message>
        <source>%1: this case has no liable party &quot;%2&quot; (give the party&apos;s number or exact name).</source>
        <translation>%1: this case has no liable party &quot;%2&quot; (give the party&apos;s number or exact name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the command %2.</source>
        <translation>&quot;%1&quot; is not a field of the command %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a real date (write YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; is not a real date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation>%1 (%2) cannot be in the future.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of: %3.</source>
        <translation>%1: &quot;%2&quot; is not one of: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Shanghai district (give its code, such as 310115, or its name).</source>
        <translation>%1: &quot;%2&quot; is not a Shanghai district (give its code, such as 310115, or its name).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known handling department.</source>
        <translation>%1: &quot;%2&quot; is not a known handling department.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 must be a list of {&quot;due_on&quot;, &quot;amount&quot;}.</source>
        <translation>%1 must be a list of {&quot;due_on&quot;, &quot;amount&quot;}.</translation>
    </message>
    <message>
        <source>%1, instalment %2: &quot;%3&quot; is not a real date.</source>
        <translation>%1, instalment %2: &quot;%3&quot; is not a real date.</translation>
    </message>
    <message>
        <source>%1, instalment %2: %3</source>
        <translation>%1, instalment %2: %3</translation>
    </message>
    <message>
        <source>%1, instalment %2: the amount must be more than zero.</source>
        <translation>%1, instalment %2: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>The case is archived: its file is closed and can no longer be changed.</source>
        <translation>The case is archived: its file is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be done while the case is at the stage &quot;%2&quot;; it is possible at: %3.</source>
        <translation>&quot;%1&quot; cannot be done while the case is at the stage &quot;%2&quot;; it is possible at: %3.</translation>
    </message>
    <message>
        <source>This deadline is already suspended.</source>
        <translation>This deadline is already suspended.</translation>
    </message>
    <message>
        <source>This deadline is not suspended.</source>
        <translation>This deadline is not suspended.</translation>
    </message>
    <message>
        <source>A deadline cannot resume before it was suspended.</source>
        <translation>A deadline cannot resume before it was suspended.</translation>
    </message>
    <message>
        <source>An extension adds at least one day, at most a year.</source>
        <translation>An extension adds at least one day, at most a year.</translation>
    </message>
    <message>
        <source>There is no consultation notice with this number.</source>
        <translation>There is no consultation notice with this number.</translation>
    </message>
    <message>
        <source>There is no public-interest notice of a procuratorate with this number awaiting a reply.</source>
        <translation>There is no public-interest notice of a procuratorate with this number awaiting a reply.</translation>
    </message>
    <message>
        <source>A page count is at least 1.</source>
        <translation>A page count is at least 1.</translation>
    </message>
    <message>
        <source>No investigation material (report, records, monitoring data) has been added to the file.</source>
        <translation>No investigation material (report, records, monitoring data) has been added to the file.</translation>
    </message>
    <message>
        <source>Deadlines were missed with no reason on record (suspend or extend them with the reason).</source>
        <translation>Deadlines were missed with no reason on record (suspend or extend them with the reason).</translation>
    </message>
    <message>
        <source>Deadlines were missed with no reason on record (suspend or extend them with the reason): %1</source>
        <translation>Deadlines were missed with no reason on record (suspend or extend them with the reason): %1</translation>
    </message>
    <message>
        <source>A paper was served with no proof of service (receipt) on file.</source>
        <translation>A paper was served with no proof of service (receipt) on file.</translation>
    </message>
    <message>
        <source>The meeting is fewer than five working days after the notice&apos;s day of issue, so the notice cannot be served five working days before it: set a later meeting, or confirm with accept_short_lead.</source>
        <translation>The meeting is fewer than five working days after the notice&apos;s day of issue, so the notice cannot be served five working days before it: set a later meeting, or confirm with accept_short_lead.</translation>
    </message>
    <message>
        <source>Name the liable party by its number, or &quot;all&quot;; the case has no such party.</source>
        <translation>Name the liable party by its number, or &quot;all&quot;; the case has no such party.</translation>
    </message>
    <message>
        <source>There is no current numbered paper with this id on the case (or it was already superseded).</source>
        <translation>There is no current numbered paper with this id on the case (or it was already superseded).</translation>
    </message>
    <message>
        <source>Only a current, numbered or final paper of this case is served (not a draft, not a superseded one).</source>
        <translation>Only a current, numbered or final paper of this case is served (not a draft, not a superseded one).</translation>
    </message>
    <message>
        <source>A paper cannot be served before the date it bears.</source>
        <translation>A paper cannot be served before the date it bears.</translation>
    </message>
    <message>
        <source>The proof of service must be evidence of the same case.</source>
        <translation>The proof of service must be evidence of the same case.</translation>
    </message>
    <message>
        <source>A consultation notice is served once consultation has started.</source>
        <translation>A consultation notice is served once consultation has started.</translation>
    </message>
    <message>
        <source>This notice was already served: correct its service with correct_notice_service, or supersede the notice.</source>
        <translation>This notice was already served: correct its service with correct_notice_service, or supersede the notice.</translation>
    </message>
    <message>
        <source>A share is recorded only where there are several liable parties.</source>
        <translation>A share is recorded only where there are several liable parties.</translation>
    </message>
    <message>
        <source>Give the share as a per cent from 1 to 100, an amount, or both.</source>
        <translation>Give the share as a per cent from 1 to 100, an amount, or both.</translation>
    </message>
    <message>
        <source>The parties&apos; shares on the same basis would exceed 100 per cent.</source>
        <translation>The parties&apos; shares on the same basis would exceed 100 per cent.</translation>
    </message>
    <message>
        <source>%1: write the amount as a string, such as &quot;12345.67&quot;: a JSON number with decimals (or this large) is not kept exactly, and an amount is never rounded.</source>
        <translation>%1: write the amount as a string, such as &quot;12345.67&quot;: a JSON number with decimals (or this large) is not kept exactly, and an amount is never rounded.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 must be text (a JSON string in quotes).</source>
        <translation>%1 must be text (a JSON string in quotes).</translation>
    </message>
    <message>
        <source>%1 must be text, or a list of texts.</source>
        <translation>%1 must be text, or a list of texts.</translation>
    </message>
    <message>
        <source>%1 has %2 items; at most %3 are accepted.</source>
        <translation>%1 has %2 items; at most %3 are accepted.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <source>Name the parties of the batch by their number or exact name.</source>
        <translation>Name the parties of the batch by their number or exact name.</translation>
    </message>
    <message>
        <source>“%1” is not a liable party of this case.</source>
        <translation>“%1” is not a liable party of this case.</translation>
    </message>
    <message>
        <source>After an agreement, consultation goes on only with a batch of parties who have not signed one: name them.</source>
        <translation>After an agreement, consultation goes on only with a batch of parties who have not signed one: name them.</translation>
    </message>
    <message>
        <source>Less is claimed than the department advanced in a category (Art. 5): claim it, or say why in the note on advanced costs.</source>
        <translation>Less is claimed than the department advanced in a category (Art. 5): claim it, or say why in the note on advanced costs.</translation>
    </message>
    <message>
        <source>Punitive damages need the intentional violation and its serious consequences recorded first.</source>
        <translation>Punitive damages need the intentional violation and its serious consequences recorded first.</translation>
    </message>
    <message>
        <source>A judgment cannot take effect before it was given.</source>
        <translation>A judgment cannot take effect before it was given.</translation>
    </message>
    <message>
        <source>A payment through enforcement needs an application for enforcement pending.</source>
        <translation>A payment through enforcement needs an application for enforcement pending.</translation>
    </message>
    <message>
        <source>Handing the claim over to a public-interest suit needs the procuratorate&apos;s proceeding linked to the case.</source>
        <translation>Handing the claim over to a public-interest suit needs the procuratorate&apos;s proceeding linked to the case.</translation>
    </message>
    <message>
        <source>The agreement or judgment provides for restoration (or restoration began): the case closes only after the restoration-effect evaluation has passed.</source>
        <translation>The agreement or judgment provides for restoration (or restoration began): the case closes only after the restoration-effect evaluation has passed.</translation>
    </message>
    <message>
        <source>Closing with compensation unpaid after enforcement ended for lack of assets needs a closing summary stating what remains unpaid.</source>
        <translation>Closing with compensation unpaid after enforcement ended for lack of assets needs a closing summary stating what remains unpaid.</translation>
    </message>
    <message>
        <source>An application for enforcement is still pending: record how it ended first.</source>
        <translation>An application for enforcement is still pending: record how it ended first.</translation>
    </message>
    <message>
        <source>Closing from litigation needs the judgment on record.</source>
        <translation>Closing from litigation needs the judgment on record.</translation>
    </message>
    <message>
        <source>A department or its third party acts first only when the liable party cannot perform or no consensus on restoration was reached: say which.</source>
        <translation>A department or its third party acts first only when the liable party cannot perform or no consensus on restoration was reached: say which.</translation>
    </message>
    <message>
        <source>A cost must be more than zero.</source>
        <translation>A cost must be more than zero.</translation>
    </message>
    <message>
        <source>This cost belongs to another category of Art. 5: investigation, monitoring and appraisal are (3); emergency clean-up is (4) or (5); restoration on the party&apos;s behalf is (4).</source>
        <translation>This cost belongs to another category of Art. 5: investigation, monitoring and appraisal are (3); emergency clean-up is (4) or (5); restoration on the party&apos;s behalf is (4).</translation>
    </message>
    <message>
        <source>There is no emergency action with this number.</source>
        <translation>There is no emergency action with this number.</translation>
    </message>
    <message>
        <source>The case is linked to an administrative penalty: a penalty does not replace compensation. Say why the claim is not pursued all the same.</source>
        <translation>The case is linked to an administrative penalty: a penalty does not replace compensation. Say why the claim is not pursued all the same.</translation>
    </message>
    <message>
        <source>No reporter is recorded on the case.</source>
        <translation>No reporter is recorded on the case.</translation>
    </message>
    <message>
        <source>The answer cannot come before the report was received.</source>
        <translation>The answer cannot come before the report was received.</translation>
    </message>
    <message>
        <source>No application for enforcement is pending.</source>
        <translation>No application for enforcement is pending.</translation>
    </message>
    <message>
        <source>This cannot come before the application for enforcement.</source>
        <translation>This cannot come before the application for enforcement.</translation>
    </message>
    <message>
        <source>Only a judicially confirmed agreement or a judgment is enforced by the court; an agreement not confirmed is sued on instead (Art. 25 ¶2).</source>
        <translation>Only a judicially confirmed agreement or a judgment is enforced by the court; an agreement not confirmed is sued on instead (Art. 25 ¶2).</translation>
    </message>
    <message>
        <source>The agreement or judgment has been performed (paid in full, restoration evaluated as passed): there is nothing to enforce.</source>
        <translation>The agreement or judgment has been performed (paid in full, restoration evaluated as passed): there is nothing to enforce.</translation>
    </message>
    <message>
        <source>An application for enforcement is already pending: record its course and how it ended.</source>
        <translation>An application for enforcement is already pending: record its course and how it ended.</translation>
    </message>
    <message>
        <source>Enforcement cannot be applied for before the confirmation ruling, or before the judgment took effect.</source>
        <translation>Enforcement cannot be applied for before the confirmation ruling, or before the judgment took effect.</translation>
    </message>
    <message>
        <source>The court cannot accept the application before it was made.</source>
        <translation>The court cannot accept the application before it was made.</translation>
    </message>
    <message>
        <source>The amount to enforce is more than what remains unpaid.</source>
        <translation>The amount to enforce is more than what remains unpaid.</translation>
    </message>
    <message>
        <source>Describe the step.</source>
        <translation>Describe the step.</translation>
    </message>
    <message>
        <source>Enforced in full needs the payments on record first: nothing may remain unpaid (record each payment through the enforcement).</source>
        <translation>Enforced in full needs the payments on record first: nothing may remain unpaid (record each payment through the enforcement).</translation>
    </message>
    <message>
        <source>Enforced in part needs at least one payment through the enforcement on record.</source>
        <translation>Enforced in part needs at least one payment through the enforcement on record.</translation>
    </message>
    <message>
        <source>Ending for lack of assets, a settlement or a withdrawal needs the court&apos;s decision and what remains unpaid.</source>
        <translation>Ending for lack of assets, a settlement or a withdrawal needs the court&apos;s decision and what remains unpaid.</translation>
    </message>
    <message>
        <source>A party is listed as a dishonest judgment debtor in enforcement of a confirmed agreement or judgment: no enforcement is on record.</source>
        <translation>A party is listed as a dishonest judgment debtor in enforcement of a confirmed agreement or judgment: no enforcement is on record.</translation>
    </message>
    <message>
        <source>This party is already on the list.</source>
        <translation>This party is already on the list.</translation>
    </message>
    <message>
        <source>This party is not on the list.</source>
        <translation>This party is not on the list.</translation>
    </message>
    <message>
        <source>This route is only for a simple case (simple facts, undisputed liability, small damage): record the grounds first.</source>
        <translation>This route is only for a simple case (simple facts, undisputed liability, small damage): record the grounds first.</translation>
    </message>
    <message>
        <source>The appraisal found damage of %1 yuan, not under the simple-case threshold of %2 yuan.</source>
        <translation>The appraisal found damage of %1 yuan, not under the simple-case threshold of %2 yuan.</translation>
    </message>
    <message>
        <source>This route is only for a simple case (simple facts, undisputed liability, small damage).</source>
        <translation>This route is only for a simple case (simple facts, undisputed liability, small damage).</translation>
    </message>
    <message>
        <source>The damage is not small: the estimate is not under the bureau&apos;s simple-case threshold.</source>
        <translation>The damage is not small: the estimate is not under the bureau&apos;s simple-case threshold.</translation>
    </message>
    <message>
        <source>The estimated damage of %1 yuan is not under the simple-case threshold of %2 yuan.</source>
        <translation>The estimated damage of %1 yuan is not under the simple-case threshold of %2 yuan.</translation>
    </message>
    <message>
        <source>The completed appraisal found damage not under the simple-case threshold.</source>
        <translation>The completed appraisal found damage not under the simple-case threshold.</translation>
    </message>
    <message>
        <source>A town government or sub-district office assists in a case but does not handle it: choose the designated department.</source>
        <translation>A town government or sub-district office assists in a case but does not handle it: choose the designated department.</translation>
    </message>
    <message>
        <source>An appraisal contains the damage determination, the scope of loss, the causation analysis, the quantification and the restoration plan; say why one is left out.</source>
        <translation>An appraisal contains the damage determination, the scope of loss, the causation analysis, the quantification and the restoration plan; say why one is left out.</translation>
    </message>
    <message>
        <source>The simplified appraisal found damage not under the simple-case threshold: stop it and commission an appraisal institution.</source>
        <translation>The simplified appraisal found damage not under the simple-case threshold: stop it and commission an appraisal institution.</translation>
    </message>
    <message>
        <source>A case handled at city level needs its ground (major impact, the city&apos;s list, across districts, assigned) and a city department.</source>
        <translation>A case handled at city level needs its ground (major impact, the city&apos;s list, across districts, assigned) and a city department.</translation>
    </message>
    <message>
        <source>The joint case group is already formed: add a member instead.</source>
        <translation>The joint case group is already formed: add a member instead.</translation>
    </message>
    <message>
        <source>A town government or sub-district office assists but cannot lead or be a member handling the case.</source>
        <translation>A town government or sub-district office assists but cannot lead or be a member handling the case.</translation>
    </message>
    <message>
        <source>Each member is a department other than the lead (catalogue keys such as district_water).</source>
        <translation>Each member is a department other than the lead (catalogue keys such as district_water).</translation>
    </message>
    <message>
        <source>“%1” is not a member department other than the lead.</source>
        <translation>“%1” is not a member department other than the lead.</translation>
    </message>
    <message>
        <source>Those who assist are town governments or sub-district offices, by name (……镇人民政府, ……街道办事处).</source>
        <translation>Those who assist are town governments or sub-district offices, by name (……镇人民政府, ……街道办事处).</translation>
    </message>
    <message>
        <source>No joint case group has been formed.</source>
        <translation>No joint case group has been formed.</translation>
    </message>
    <message>
        <source>Give either a member department or an assisting town, not both.</source>
        <translation>Give either a member department or an assisting town, not both.</translation>
    </message>
    <message>
        <source>Already in the group.</source>
        <translation>Already in the group.</translation>
    </message>
    <message>
        <source>The other region is outside Shanghai (a Shanghai district is handled under Art. 6 ¶2).</source>
        <translation>The other region is outside Shanghai (a Shanghai district is handled under Art. 6 ¶2).</translation>
    </message>
    <message>
        <source>Name the party who stayed away from or walked out of the consultation meeting.</source>
        <translation>Name the party who stayed away from or walked out of the consultation meeting.</translation>
    </message>
    <message>
        <source>This party was never served a consultation notice: it cannot have stayed away from consultation.</source>
        <translation>This party was never served a consultation notice: it cannot have stayed away from consultation.</translation>
    </message>
    <message>
        <source>This party signed an agreement: consultation with it did not fail.</source>
        <translation>This party signed an agreement: consultation with it did not fail.</translation>
    </message>
    <message>
        <source>Only a major case is supervised: mark the case major, with its reason, first.</source>
        <translation>Only a major case is supervised: mark the case major, with its reason, first.</translation>
    </message>
    <message>
        <source>An instruction cannot be due before it was issued.</source>
        <translation>An instruction cannot be due before it was issued.</translation>
    </message>
    <message>
        <source>There is no open instruction with this number.</source>
        <translation>There is no open instruction with this number.</translation>
    </message>
    <message>
        <source>There is no open timetable step with this number.</source>
        <translation>There is no open timetable step with this number.</translation>
    </message>
    <message>
        <source>The case has no payment of that number (payments are numbered 1, 2… in the order recorded).</source>
        <translation>The case has no payment of that number (payments are numbered 1, 2… in the order recorded).</translation>
    </message>
    <message>
        <source>Nothing to correct: give at least one field with its right value.</source>
        <translation>Nothing to correct: give at least one field with its right value.</translation>
    </message>
    <message>
        <source>papers addressed to the party</source>
        <translation>papers addressed to the party</translation>
    </message>
    <message>
        <source>consultation notices served on the party</source>
        <translation>consultation notices served on the party</translation>
    </message>
    <message>
        <source>consultation rounds the party attended</source>
        <translation>consultation rounds the party attended</translation>
    </message>
    <message>
        <source>agreements the party signed</source>
        <translation>agreements the party signed</translation>
    </message>
    <message>
        <source>the party&apos;s share of the liability</source>
        <translation>the party&apos;s share of the liability</translation>
    </message>
    <message>
        <source>a consultation failure recorded for the party</source>
        <translation>a consultation failure recorded for the party</translation>
    </message>
    <message>
        <source>a dishonest-debtor listing of the party</source>
        <translation>a dishonest-debtor listing of the party</translation>
    </message>
    <message>
        <source>A party has either a credit code or an ID number, not both.</source>
        <translation>A party has either a credit code or an ID number, not both.</translation>
    </message>
    <message>
        <source>The party cannot be removed: the case file refers to it. Correct it instead.</source>
        <translation>The party cannot be removed: the case file refers to it. Correct it instead.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the case file holds %2. Correct the party instead.</source>
        <translation>%1 cannot be removed: the case file holds %2. Correct the party instead.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A report cannot be made before the clue was received.</source>
        <translation>A report cannot be made before the clue was received.</translation>
    </message>
    <message>
        <source>The record, its field or the new value cannot be taken.</source>
        <translation>The record, its field or the new value cannot be taken.</translation>
    </message>
    <message>
        <source>Say which record to correct.</source>
        <translation>Say which record to correct.</translation>
    </message>
    <message>
        <source>The case has no %1 on record to correct.</source>
        <translation>The case has no %1 on record to correct.</translation>
    </message>
    <message>
        <source>A case has one %1: leave the number empty or give 1.</source>
        <translation>A case has one %1: leave the number empty or give 1.</translation>
    </message>
    <message numerus="yes">
        <source>The case has %n record(s) of this kind (%1); give a number from 1 to %n.</source>
        <translation>
            <numerusform>The case has %n record of this kind (%1); give a number from 1 to %n.</numerusform>
            <numerusform>The case has %n records of this kind (%1); give a number from 1 to %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; that can be corrected; it can be: %3.</source>
        <translation>%1 has no field &quot;%2&quot; that can be corrected; it can be: %3.</translation>
    </message>
    <message>
        <source>%1 must be yes or no (or a whole number, as the field asks).</source>
        <translation>%1 must be yes or no (or a whole number, as the field asks).</translation>
    </message>
    <message>
        <source>%1 (%2) would be after %3 (%4) of the same record.</source>
        <translation>%1 (%2) would be after %3 (%4) of the same record.</translation>
    </message>
    <message>
        <source>%1 cannot be before the clue was received (%2).</source>
        <translation>%1 cannot be before the clue was received (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The payment is more than what remains due: at most %1 yuan may be paid.</source>
        <translation>The payment is more than what remains due: at most %1 yuan may be paid.</translation>
    </message>
    <message>
        <source>A case number of the form YEAR-DISTRICT-SERIAL must name the case&apos;s own district.</source>
        <translation>A case number of the form YEAR-DISTRICT-SERIAL must name the case&apos;s own district.</translation>
    </message>
    <message>
        <source>The year in the case number cannot be before the year the clue was received, nor after this year.</source>
        <translation>The year in the case number cannot be before the year the clue was received, nor after this year.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the restoration-effect evaluation.</source>
        <translation>The case cannot be closed before the restoration-effect evaluation.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Money</name>
    <message>
        <source>%1: %2</source>
        <comment>field name: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, for example 1,234.56.</source>
        <translation>Enter an amount in yuan, for example 1,234.56.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan: write digits with at most two decimals, for example 1,234.56.</source>
        <translation>“%1” is not an amount in yuan: write digits with at most two decimals, for example 1,234.56.</translation>
    </message>
    <message>
        <source>“%1”: thousands separators must group three digits, for example 1,234,567.89.</source>
        <translation>“%1”: thousands separators must group three digits, for example 1,234,567.89.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals: amounts are kept to the fen (0.01 yuan).</source>
        <translation>“%1” has more than two decimals: amounts are kept to the fen (0.01 yuan).</translation>
    </message>
    <message>
        <source>“%1”: amounts cannot be negative.</source>
        <translation>“%1”: amounts cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount; the largest is %2 yuan.</source>
        <translation>“%1” is too large for an amount; the largest is %2 yuan.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::MoveToServer</name>
    <message>
        <source>A move goes from a desk&apos;s SQLite file to the bureau&apos;s PostgreSQL server.</source>
        <translation>A move goes from a desk&apos;s SQLite file to the bureau&apos;s PostgreSQL server.</translation>
    </message>
    <message>
        <source>The schema versions could not be read.</source>
        <translation>The schema versions could not be read.</translation>
    </message>
    <message>
        <source>The desk&apos;s database has schema version %1 and the server&apos;s %2; open both with this program first.</source>
        <translation>The desk&apos;s database has schema version %1 and the server&apos;s %2; open both with this program first.</translation>
    </message>
    <message>
        <source>The tables of the two databases could not be read.</source>
        <translation>The tables of the two databases could not be read.</translation>
    </message>
    <message>
        <source>The server database has no table %1.</source>
        <translation>The server database has no table %1.</translation>
    </message>
    <message>
        <source>The server database is not empty (table %1 holds %2 rows); nothing was copied. Move a desk only into a new database.</source>
        <translation>The server database is not empty (table %1 holds %2 rows); nothing was copied. Move a desk only into a new database.</translation>
    </message>
    <message>
        <source>The desk&apos;s audit chain is broken (%1); it is not moved until that is explained.</source>
        <translation>The desk&apos;s audit chain is broken (%1); it is not moved until that is explained.</translation>
    </message>
    <message>
        <source>Table %1 could not be compared.</source>
        <translation>Table %1 could not be compared.</translation>
    </message>
    <message>
        <source>Table %1 differs after the move (%2 rows on the desk, %3 on the server).</source>
        <translation>Table %1 differs after the move (%2 rows on the desk, %3 on the server).</translation>
    </message>
    <message numerus="yes">
        <source>%n tables and %1 rows copied; every table equal, value for value.</source>
        <translation>
            <numerusform>%n tables and %1 rows copied; every table equal, value for value.</numerusform>
            <numerusform>%n tables and %1 rows copied; every table equal, value for value.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain on the server does not match the desk&apos;s: %1</source>
        <translation>The audit chain on the server does not match the desk&apos;s: %1</translation>
    </message>
    <message>
        <source>Audit chain of %1 entries intact, head %2 as on the desk.</source>
        <translation>Audit chain of %1 entries intact, head %2 as on the desk.</translation>
    </message>
    <message>
        <source>The stored files on the server are not whole: %1 missing, %2 altered.</source>
        <translation>The stored files on the server are not whole: %1 missing, %2 altered.</translation>
    </message>
    <message>
        <source>%1 stored files (%2 bytes) whole on the server.</source>
        <translation>%1 stored files (%2 bytes) whole on the server.</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot; finds %2 cases on the desk and %3 on the server.</source>
        <translation>Searching for &quot;%1&quot; finds %2 cases on the desk and %3 on the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n searches give the same cases on the desk and on the server.</source>
        <translation>
            <numerusform>%n searches give the same cases on the desk and on the server.</numerusform>
            <numerusform>%n searches give the same cases on the desk and on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::MyWork</name>
    <message>
        <source>Approve or refuse</source>
        <translation>Approve or refuse</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>Waiting for my approval</translation>
    </message>
    <message>
        <source>Papers to serve</source>
        <translation>Papers to serve</translation>
    </message>
    <message>
        <source>Replies due</source>
        <translation>Replies due</translation>
    </message>
    <message>
        <source>%1 asks for approval: %2</source>
        <translation>%1 asks for approval: %2</translation>
    </message>
    <message>
        <source>Say why the item is put off.</source>
        <translation>Say why the item is put off.</translation>
    </message>
    <message>
        <source>An item is put off until a day after today (%1).</source>
        <translation>An item is put off until a day after today (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an item of the day&apos;s work.</source>
        <translation>“%1” is not an item of the day&apos;s work.</translation>
    </message>
    <message>
        <source>The case is archived: nothing of it is still to do.</source>
        <translation>The case is archived: nothing of it is still to do.</translation>
    </message>
    <message>
        <source>You may not change this case.</source>
        <translation>You may not change this case.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::OutputFile</name>
    <message>
        <source>No file was named to write to.</source>
        <translation>No file was named to write to.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 is a folder: name a file in it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder or create it first.</source>
        <translation>The folder %1 does not exist: choose another folder or create it first.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the export cannot be put inside it.</source>
        <translation>%1 is a file, not a folder: the export cannot be put inside it.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1: choose another folder (for example your documents).</source>
        <translation>You may not write in the folder %1: choose another folder (for example your documents).</translation>
    </message>
    <message>
        <source>%1 exists and is read-only: choose another name or make it writable.</source>
        <translation>%1 exists and is read-only: choose another name or make it writable.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free): free some room or choose another disk.</source>
        <translation>The disk holding %1 is full (%2 free): free some room or choose another disk.</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only: choose another folder.</source>
        <translation>The disk holding %1 is read-only: choose another folder.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Paper</name>
    <message>
        <source>Clue transfer letter</source>
        <translation>Clue transfer letter</translation>
    </message>
    <message>
        <source>Reply to a report</source>
        <translation>Reply to a report</translation>
    </message>
    <message>
        <source>Decision not to initiate</source>
        <translation>Decision not to initiate</translation>
    </message>
    <message>
        <source>Decision to terminate</source>
        <translation>Decision to terminate</translation>
    </message>
    <message>
        <source>Case filing approval form</source>
        <translation>Case filing approval form</translation>
    </message>
    <message>
        <source>Appraisal commission</source>
        <translation>Appraisal commission</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>Consultation notice</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>Consultation record</source>
        <translation>Consultation record</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>Compensation agreement</translation>
    </message>
    <message>
        <source>Application for judicial confirmation</source>
        <translation>Application for judicial confirmation</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation opinion</source>
        <translation>Restoration-effect evaluation opinion</translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation>Application for enforcement</translation>
    </message>
    <message>
        <source>Statement of claim</source>
        <translation>Statement of claim</translation>
    </message>
    <message>
        <source>Letter to the procuratorate (public-interest suit)</source>
        <translation>Letter to the procuratorate (public-interest suit)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaperRegister</name>
    <message>
        <source>Case %1 is archived: its file is closed and no paper can be added.</source>
        <translation>Case %1 is archived: its file is closed and no paper can be added.</translation>
    </message>
    <message>
        <source>There is no paper %1 on file.</source>
        <translation>There is no paper %1 on file.</translation>
    </message>
    <message>
        <source>Version %1 of %2 was not stored as %3.</source>
        <translation>Version %1 of %2 was not stored as %3.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaperType</name>
    <message>
        <source>Letter transferring a clue</source>
        <translation>Letter transferring a clue</translation>
    </message>
    <message>
        <source>Reply to a report</source>
        <translation>Reply to a report</translation>
    </message>
    <message>
        <source>Decision not to initiate the claim procedure</source>
        <translation>Decision not to initiate the claim procedure</translation>
    </message>
    <message>
        <source>Decision to terminate the claim procedure</source>
        <translation>Decision to terminate the claim procedure</translation>
    </message>
    <message>
        <source>Case filing approval form</source>
        <translation>Case filing approval form</translation>
    </message>
    <message>
        <source>Appraisal commission letter</source>
        <translation>Appraisal commission letter</translation>
    </message>
    <message>
        <source>Consultation notice</source>
        <translation>Consultation notice</translation>
    </message>
    <message>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>Record of a consultation meeting</source>
        <translation>Record of a consultation meeting</translation>
    </message>
    <message>
        <source>Compensation agreement</source>
        <translation>Compensation agreement</translation>
    </message>
    <message>
        <source>Application for judicial confirmation of the agreement</source>
        <translation>Application for judicial confirmation of the agreement</translation>
    </message>
    <message>
        <source>Application for enforcement</source>
        <translation>Application for enforcement</translation>
    </message>
    <message>
        <source>Statement of claim</source>
        <translation>Statement of claim</translation>
    </message>
    <message>
        <source>Letter to the procuratorate on public-interest litigation</source>
        <translation>Letter to the procuratorate on public-interest litigation</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation opinion</source>
        <translation>Restoration-effect evaluation opinion</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Papers</name>
    <message>
        <source>The ODT file could not be written.</source>
        <translation>The ODT file could not be written.</translation>
    </message>
    <message>
        <source>The paper could not be painted (the output could not be opened).</source>
        <translation>The paper could not be painted (the output could not be opened).</translation>
    </message>
    <message>
        <source>The paper could not be painted (no new page).</source>
        <translation>The paper could not be painted (no new page).</translation>
    </message>
    <message>
        <source>The paper could not be finished.</source>
        <translation>The paper could not be finished.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper EcoClaim knows (see: ecoclaim-cli document types).</source>
        <translation>&quot;%1&quot; is not a paper EcoClaim knows (see: ecoclaim-cli document types).</translation>
    </message>
    <message>
        <source>%1 cannot be generated: %2 is missing (or generate a marked draft).</source>
        <translation>%1 cannot be generated: %2 is missing (or generate a marked draft).</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>The template %1 cannot be read.</translation>
    </message>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation>The template %1 is not valid Mustache: %2</translation>
    </message>
    <message>
        <source>The template %1 could not be filled: %2</source>
        <translation>The template %1 could not be filled: %2</translation>
    </message>
    <message>
        <source>%1 cannot be dated so: %2.</source>
        <translation>%1 cannot be dated so: %2.</translation>
    </message>
    <message>
        <source>The case has no liable party to address the paper to.</source>
        <translation>The case has no liable party to address the paper to.</translation>
    </message>
    <message>
        <source>No paper was filed.</source>
        <translation>No paper was filed.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::PaymentSchedule</name>
    <message>
        <source>Instalment %1</source>
        <translation>Instalment %1</translation>
    </message>
    <message>
        <source>Instalment %1 of agreement %2</source>
        <translation>Instalment %1 of agreement %2</translation>
    </message>
    <message>
        <source>Agreement %1, due %2</source>
        <translation>Agreement %1, due %2</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Judgment %1</source>
        <translation>Judgment %1</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Pdf</name>
    <message>
        <source>it does not start with a PDF header</source>
        <translation>it does not start with a PDF header</translation>
    </message>
    <message>
        <source>it has no end-of-file marker (truncated?)</source>
        <translation>it has no end-of-file marker (truncated?)</translation>
    </message>
    <message>
        <source>it has no cross-reference pointer</source>
        <translation>it has no cross-reference pointer</translation>
    </message>
    <message>
        <source>no page could be found in it</source>
        <translation>no page could be found in it</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Reports</name>
    <message>
        <source>Deadlines due as of %1</source>
        <translation>Deadlines due as of %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>due within %n day</numerusform>
            <numerusform>due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>each kind with its own warning days</source>
        <translation>each kind with its own warning days</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Deadlines entered or changed on %1</source>
        <translation>Deadlines entered or changed on %1</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Was due</translation>
    </message>
    <message>
        <source>Now due</source>
        <translation>Now due</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>(done or removed)</source>
        <translation>(done or removed)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deadlines due</source>
        <translation>Deadlines due</translation>
    </message>
    <message>
        <source>Deadlines entered or changed</source>
        <translation>Deadlines entered or changed</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>The PDF file %1 could not be written.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be finished.</source>
        <translation>The PDF file %1 could not be finished.</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Why major</source>
        <translation>Why major</translation>
    </message>
    <message>
        <source>Reported upward</source>
        <translation>Reported upward</translation>
    </message>
    <message>
        <source>Open instructions</source>
        <translation>Open instructions</translation>
    </message>
    <message>
        <source>Next timetable step</source>
        <translation>Next timetable step</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Clues received, by channel and outcome</source>
        <translation>Clues received, by channel and outcome</translation>
    </message>
    <message>
        <source>Art. 12, 13, 14, 36</source>
        <translation>Art. 12, 13, 14, 36</translation>
    </message>
    <message>
        <source>Clues received in the period; outcome as it stands at the period&apos;s end.</source>
        <translation>Clues received in the period; outcome as it stands at the period&apos;s end.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Checked within 30 days</source>
        <translation>Checked within 30 days</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>No damage</source>
        <translation>No damage</translation>
    </message>
    <message>
        <source>Not initiated</source>
        <translation>Not initiated</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Clues not initiated, by ground</source>
        <translation>Clues not initiated, by ground</translation>
    </message>
    <message>
        <source>Art. 14</source>
        <translation>Art. 14</translation>
    </message>
    <message>
        <source>Clues received in the period and not initiated by the period&apos;s end.</source>
        <translation>Clues received in the period and not initiated by the period&apos;s end.</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Clues</translation>
    </message>
    <message>
        <source>Cases started and ended</source>
        <translation>Cases started and ended</translation>
    </message>
    <message>
        <source>Art. 13, 14, 42</source>
        <translation>Art. 13, 14, 42</translation>
    </message>
    <message>
        <source>Started: filed (立案) in the period; the others by the date of their decision.</source>
        <translation>Started: filed (立案) in the period; the others by the date of their decision.</translation>
    </message>
    <message>
        <source>Started (filed)</source>
        <translation>Started (filed)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Cases by stage at the period&apos;s end</source>
        <translation>Cases by stage at the period&apos;s end</translation>
    </message>
    <message>
        <source>Art. 36, 39</source>
        <translation>Art. 36, 39</translation>
    </message>
    <message>
        <source>Every clue received by the period&apos;s end, in the stage its last event on or before that day left it.</source>
        <translation>Every clue received by the period&apos;s end, in the stage its last event on or before that day left it.</translation>
    </message>
    <message>
        <source>Of which major</source>
        <translation>Of which major</translation>
    </message>
    <message>
        <source>Cases started, by class</source>
        <translation>Cases started, by class</translation>
    </message>
    <message>
        <source>Art. 39; 环法规〔2025〕6号</source>
        <translation>Art. 39; 环法规〔2025〕6号</translation>
    </message>
    <message>
        <source>Major: marked major (Art. 39); simple: the current claim at most 300,000 yuan; general: the rest.</source>
        <translation>Major: marked major (Art. 39); simple: the current claim at most 300,000 yuan; general: the rest.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Consultation, agreements and judicial confirmation</source>
        <translation>Consultation, agreements and judicial confirmation</translation>
    </message>
    <message>
        <source>Art. 18–24</source>
        <translation>Art. 18–24</translation>
    </message>
    <message>
        <source>Each by its own date in the period; days and rounds are averages over the agreements signed in the period.</source>
        <translation>Each by its own date in the period; days and rounds are averages over the agreements signed in the period.</translation>
    </message>
    <message>
        <source>Consultation notices served</source>
        <translation>Consultation notices served</translation>
    </message>
    <message>
        <source>Cases whose consultation began</source>
        <translation>Cases whose consultation began</translation>
    </message>
    <message>
        <source>Consultation rounds held</source>
        <translation>Consultation rounds held</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>Agreements signed</translation>
    </message>
    <message>
        <source>Suits after failed consultation (Art. 25 ¶1)</source>
        <translation>Suits after failed consultation (Art. 25 ¶1)</translation>
    </message>
    <message>
        <source>Judicial confirmations applied for</source>
        <translation>Judicial confirmations applied for</translation>
    </message>
    <message>
        <source>Judicial confirmations granted</source>
        <translation>Judicial confirmations granted</translation>
    </message>
    <message>
        <source>Judicial confirmations refused</source>
        <translation>Judicial confirmations refused</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Days from first notice to agreement (average)</source>
        <translation>Days from first notice to agreement (average)</translation>
    </message>
    <message>
        <source>Rounds per agreement (average)</source>
        <translation>Rounds per agreement (average)</translation>
    </message>
    <message>
        <source>Suits, by trigger</source>
        <translation>Suits, by trigger</translation>
    </message>
    <message>
        <source>Art. 25</source>
        <translation>Art. 25</translation>
    </message>
    <message>
        <source>Filed and judged by their dates in the period; the award of the suits judged.</source>
        <translation>Filed and judged by their dates in the period; the award of the suits judged.</translation>
    </message>
    <message>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <source>Awarded (yuan)</source>
        <translation>Awarded (yuan)</translation>
    </message>
    <message>
        <source>The period must run from a real date to a later or equal one.</source>
        <translation>The period must run from a real date to a later or equal one.</translation>
    </message>
    <message>
        <source>%1 is not a year a report can cover.</source>
        <translation>%1 is not a year a report can cover.</translation>
    </message>
    <message>
        <source>Punitive damages (Art. 26)</source>
        <translation>Punitive damages (Art. 26)</translation>
    </message>
    <message>
        <source>Amounts by category</source>
        <translation>Amounts by category</translation>
    </message>
    <message>
        <source>Art. 5, 26</source>
        <translation>Art. 5, 26</translation>
    </message>
    <message>
        <source>Appraised: appraisals completed in the period; agreed: agreements signed in the period.</source>
        <translation>Appraised: appraisals completed in the period; agreed: agreements signed in the period.</translation>
    </message>
    <message>
        <source>Appraised (yuan)</source>
        <translation>Appraised (yuan)</translation>
    </message>
    <message>
        <source>Agreed (yuan)</source>
        <translation>Agreed (yuan)</translation>
    </message>
    <message>
        <source>Compensation agreed, awarded and paid</source>
        <translation>Compensation agreed, awarded and paid</translation>
    </message>
    <message>
        <source>Art. 8, 24, 25</source>
        <translation>Art. 8, 24, 25</translation>
    </message>
    <message>
        <source>Agreements signed, judgments given and payments received in the period.</source>
        <translation>Agreements signed, judgments given and payments received in the period.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Awarded by judgment</source>
        <translation>Awarded by judgment</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Restoration, by who carries it out</source>
        <translation>Restoration, by who carries it out</translation>
    </message>
    <message>
        <source>Art. 7, 27, 28</source>
        <translation>Art. 7, 27, 28</translation>
    </message>
    <message>
        <source>Started and completed by their dates in the period.</source>
        <translation>Started and completed by their dates in the period.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Of which pre-emptive</source>
        <translation>Of which pre-emptive</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Restoration plans, by environmental element</source>
        <translation>Restoration plans, by environmental element</translation>
    </message>
    <message>
        <source>Art. 27</source>
        <translation>Art. 27</translation>
    </message>
    <message>
        <source>Plans drafted in the period, by the elements they name.</source>
        <translation>Plans drafted in the period, by the elements they name.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Of which alternative restoration</source>
        <translation>Of which alternative restoration</translation>
    </message>
    <message>
        <source>Effect evaluations, by method</source>
        <translation>Effect evaluations, by method</translation>
    </message>
    <message>
        <source>Art. 29</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>Evaluations made in the period.</source>
        <translation>Evaluations made in the period.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Comprehensive finding</source>
        <translation>Comprehensive finding</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Open deadlines due by the period&apos;s end</source>
        <translation>Open deadlines due by the period&apos;s end</translation>
    </message>
    <message>
        <source>Art. 13, 19, 22, 27, 36</source>
        <translation>Art. 13, 19, 22, 27, 36</translation>
    </message>
    <message>
        <source>Deadlines still open when the report is made whose day fell on or before the period&apos;s end: missed unless a suspension stands.</source>
        <translation>Deadlines still open when the report is made whose day fell on or before the period&apos;s end: missed unless a suspension stands.</translation>
    </message>
    <message>
        <source>Open and due</source>
        <translation>Open and due</translation>
    </message>
    <message>
        <source>Linked proceedings</source>
        <translation>Linked proceedings</translation>
    </message>
    <message>
        <source>Art. 31–33</source>
        <translation>Art. 31–33</translation>
    </message>
    <message>
        <source>Proceedings linked to a case and started in the period.</source>
        <translation>Proceedings linked to a case and started in the period.</translation>
    </message>
    <message>
        <source>Coverage by district</source>
        <translation>Coverage by district</translation>
    </message>
    <message>
        <source>Art. 6, 36</source>
        <translation>Art. 6, 36</translation>
    </message>
    <message>
        <source>Clues received and cases filed in the period, per district.</source>
        <translation>Clues received and cases filed in the period, per district.</translation>
    </message>
    <message>
        <source>Clues received</source>
        <translation>Clues received</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>Cases filed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Liable parties</source>
        <translation>Liable parties</translation>
    </message>
    <message>
        <source>Claimed (yuan)</source>
        <translation>Claimed (yuan)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Calendar note</source>
        <translation>Calendar note</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Give the district either with --district or in the unit, not both.</source>
        <translation>Give the district either with --district or in the unit, not both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Shanghai district (a code such as 310115 or a name).</source>
        <translation>&quot;%1&quot; is not a Shanghai district (a code such as 310115 or a name).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling department (Art. 9).</source>
        <translation>&quot;%1&quot; is not a handling department (Art. 9).</translation>
    </message>
    <message>
        <source>%1: report on the ecological damage compensation work of %2</source>
        <extracomment>Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).</extracomment>
        <translation>%1:
report on the ecological damage
compensation work of %2</translation>
    </message>
    <message>
        <source>%1: clue screening results, %2 to %3</source>
        <extracomment>Put a newline where the printed title breaks when it is too long for one line at 22 pt (GB/T 9704 7.3.2).</extracomment>
        <translation>%1:
clue screening results,
%2 to %3</translation>
    </message>
    <message>
        <source>(Period: %1 to %2)</source>
        <translation>(Period: %1 to %2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Appendix: the cases behind each figure</source>
        <translation>Appendix: the cases behind each figure</translation>
    </message>
    <message>
        <source>Cases behind the figures</source>
        <translation>Cases behind the figures</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Name an XLSX or a CSV file to write.</source>
        <translation>Name an XLSX or a CSV file to write.</translation>
    </message>
    <message>
        <source>instruction of %1: %2</source>
        <translation>instruction of %1: %2</translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <source>%1: supervision ledger of major cases</source>
        <translation>%1: supervision ledger of major cases</translation>
    </message>
    <message>
        <source>Every case marked major (Art. 39): its timetable (steps, the supervisor&apos;s open instructions, open deadlines), its latest progress and the reports made upward.</source>
        <translation>Every case marked major (Art. 39): its timetable (steps, the supervisor&apos;s open instructions, open deadlines), its latest progress and the reports made upward.</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>Reports upward</source>
        <translation>Reports upward</translation>
    </message>
    <message>
        <source>Latest progress on</source>
        <translation>Latest progress on</translation>
    </message>
    <message>
        <source>Major cases</source>
        <translation>Major cases</translation>
    </message>
    <message>
        <source>XLSX files cannot be written: libxlsxwriter (Debian libxlsxwriter-dev) is missing or unusable (%1).</source>
        <translation>XLSX files cannot be written: libxlsxwriter (Debian libxlsxwriter-dev) is missing or unusable (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>Cannot write %1: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>Cannot add the sheet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No sheet to write to.</source>
        <translation>No sheet to write to.</translation>
    </message>
    <message>
        <source>A sheet holds at most %1 rows.</source>
        <translation>A sheet holds at most %1 rows.</translation>
    </message>
    <message>
        <source>Cannot write a cell of %1: %2</source>
        <translation>Cannot write a cell of %1: %2</translation>
    </message>
    <message>
        <source>The workbook was not opened.</source>
        <translation>The workbook was not opened.</translation>
    </message>
    <message>
        <source>The list could not be printed.</source>
        <translation>The list could not be printed.</translation>
    </message>
    <message>
        <source>Clues received, by channel</source>
        <translation>Clues received, by channel</translation>
    </message>
    <message>
        <source>Number of clues</source>
        <translation>Number of clues</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Amounts appraised and agreed, by category (Art. 5)</source>
        <translation>Amounts appraised and agreed, by category (Art. 5)</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <source>Figure %1  %2</source>
        <translation>Figure %1  %2</translation>
    </message>
    <message>
        <source>None in the period</source>
        <translation>None in the period</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ReportsMenu</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
    </message>
    <message>
        <source>Supervision ledger of major cases (Art. 39)</source>
        <translation>Supervision ledger of major cases (Art. 39)</translation>
    </message>
    <message>
        <source>major-case-ledger-%1.pdf</source>
        <translation>major-case-ledger-%1.pdf</translation>
    </message>
    <message>
        <source>Disclosure text (Art. 35)</source>
        <translation>Disclosure text (Art. 35)</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>&amp;Annual report…</translation>
    </message>
    <message>
        <source>&amp;Supervision ledger of major cases…</source>
        <translation>&amp;Supervision ledger of major cases…</translation>
    </message>
    <message>
        <source>&amp;Disclosure text of a case…</source>
        <translation>&amp;Disclosure text of a case…</translation>
    </message>
    <message>
        <source>&amp;Clue screening results…</source>
        <translation>&amp;Clue screening results…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Script</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at character %2).</source>
        <translation>not a JSON object (%1 at character %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Settings</name>
    <message>
        <source>&quot;%1&quot; is not an issuing unit: write DISTRICT_CODE/DEPARTMENT, such as 310115/district_ecology.</source>
        <translation>&quot;%1&quot; is not an issuing unit: write DISTRICT_CODE/DEPARTMENT, such as 310115/district_ecology.</translation>
    </message>
    <message>
        <source>How &quot;served 5 working days before the meeting&quot; is read (Art. 19)</source>
        <translation>How &quot;served 5 working days before the meeting&quot; is read (Art. 19)</translation>
    </message>
    <message>
        <source>Warn days before: %1</source>
        <translation>Warn days before: %1</translation>
    </message>
    <message>
        <source>Unit name (signature of its papers)</source>
        <translation>Unit name (signature of its papers)</translation>
    </message>
    <message>
        <source>Prefix of its paper numbers</source>
        <translation>Prefix of its paper numbers</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bureau setting; the settings are: %2</source>
        <translation>&quot;%1&quot; is not a bureau setting; the settings are: %2</translation>
    </message>
    <message>
        <source>%1 is set per issuing unit: say which (--unit DISTRICT_CODE/DEPARTMENT).</source>
        <translation>%1 is set per issuing unit: say which (--unit DISTRICT_CODE/DEPARTMENT).</translation>
    </message>
    <message>
        <source>%1 is the same for the whole bureau: it takes no unit.</source>
        <translation>%1 is the same for the whole bureau: it takes no unit.</translation>
    </message>
    <message>
        <source>%1 is one of: %2 (not &quot;%3&quot;).</source>
        <translation>%1 is one of: %2 (not &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>%1 is a whole number of days from %2 to %3 (not &quot;%4&quot;).</source>
        <translation>%1 is a whole number of days from %2 to %3 (not &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>%1 is at most 200 characters long.</source>
        <translation>%1 is at most 200 characters long.</translation>
    </message>
    <message>
        <source>%1 is one line of text.</source>
        <translation>%1 is one line of text.</translation>
    </message>
    <message>
        <source>%1 is given twice; give each setting once.</source>
        <translation>%1 is given twice; give each setting once.</translation>
    </message>
    <message>
        <source>Taken over once from this desk&apos;s own settings, when this database was first opened by a version that keeps these settings in the database for every desk.</source>
        <translation>Taken over once from this desk&apos;s own settings, when this database was first opened by a version that keeps these settings in the database for every desk.</translation>
    </message>
    <message>
        <source>Days to sue once consultation failed (Art. 25 ¶1)</source>
        <translation>Days to sue once consultation failed (Art. 25 ¶1)</translation>
    </message>
    <message>
        <source>Simple case: damage under (yuan; Art. 16 ¶2, 21 ¶3, 29 ¶2)</source>
        <translation>Simple case: damage under (yuan; Art. 16 ¶2, 21 ¶3, 29 ¶2)</translation>
    </message>
    <message>
        <source>Days to answer a reporter (Art. 13 ¶3)</source>
        <translation>Days to answer a reporter (Art. 13 ¶3)</translation>
    </message>
    <message>
        <source>%1 is an amount in yuan above zero, such as 300000 or 500000.00 (not &quot;%2&quot;).</source>
        <translation>%1 is an amount in yuan above zero, such as 300000 or 500000.00 (not &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Only an administrator may change the bureau&apos;s settings.</source>
        <translation>Only an administrator may change the bureau&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Signing</name>
    <message>
        <source>manifest.sig is not a signature EcoClaim can read.</source>
        <translation>manifest.sig is not a signature EcoClaim can read.</translation>
    </message>
    <message>
        <source>the signature is not SM2 with SM3 (%1).</source>
        <translation>the signature is not SM2 with SM3 (%1).</translation>
    </message>
    <message>
        <source>the signature value is missing or not base64.</source>
        <translation>the signature value is missing or not base64.</translation>
    </message>
    <message>
        <source>the manifest names another signing key than the one that signed it.</source>
        <translation>the manifest names another signing key than the one that signed it.</translation>
    </message>
    <message>
        <source>the public key in manifest.sig is not the key it names.</source>
        <translation>the public key in manifest.sig is not the key it names.</translation>
    </message>
    <message>
        <source>the signature does not match manifest.json: the manifest was changed after it was signed.</source>
        <translation>the signature does not match manifest.json: the manifest was changed after it was signed.</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2, a trusted key), %3.</source>
        <translation>Signed by %1 (key %2, a trusted key), %3.</translation>
    </message>
    <message>
        <source>Signed by a key this database does not trust: %1, which names itself &quot;%2&quot;. Trust it (ecoclaim-cli key trust) after comparing its fingerprint with the one that unit published, or accept it for one import (archive import --accept-key %3).</source>
        <translation>Signed by a key this database does not trust: %1, which names itself &quot;%2&quot;. Trust it (ecoclaim-cli key trust) after comparing its fingerprint with the one that unit published, or accept it for one import (archive import --accept-key %3).</translation>
    </message>
    <message>
        <source>The signature is not valid: %1</source>
        <translation>The signature is not valid: %1</translation>
    </message>
    <message>
        <source>The archive is not signed (no manifest.sig): where it comes from cannot be established.</source>
        <translation>The archive is not signed (no manifest.sig): where it comes from cannot be established.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>An SM2 key could not be generated: %1</source>
        <translation>An SM2 key could not be generated: %1</translation>
    </message>
    <message>
        <source>The signing key is protected by a passphrase; give it.</source>
        <translation>The signing key is protected by a passphrase; give it.</translation>
    </message>
    <message>
        <source>The passphrase of the signing key is wrong.</source>
        <translation>The passphrase of the signing key is wrong.</translation>
    </message>
    <message>
        <source>The signing key file cannot be read: %1</source>
        <translation>The signing key file cannot be read: %1</translation>
    </message>
    <message>
        <source>The signing key is not an SM2 key.</source>
        <translation>The signing key is not an SM2 key.</translation>
    </message>
    <message>
        <source>The signing key could not be written: %1</source>
        <translation>The signing key could not be written: %1</translation>
    </message>
    <message>
        <source>The manifest could not be signed: %1</source>
        <translation>The manifest could not be signed: %1</translation>
    </message>
    <message>
        <source>Say whose key it is: the unit&apos;s name, as its papers print it.</source>
        <translation>Say whose key it is: the unit&apos;s name, as its papers print it.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created.</source>
        <translation>The key folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The private key cannot be written to %1: %2</source>
        <translation>The private key cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>This is not an SM2 public key (PEM).</source>
        <translation>This is not an SM2 public key (PEM).</translation>
    </message>
    <message>
        <source>Give the key&apos;s fingerprint as its unit published it: 64 hexadecimal digits.</source>
        <translation>Give the key&apos;s fingerprint as its unit published it: 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint is %1, not the %2 given: it is not the key that unit published; nothing was trusted.</source>
        <translation>The key&apos;s fingerprint is %1, not the %2 given: it is not the key that unit published; nothing was trusted.</translation>
    </message>
    <message>
        <source>The key %1 (%2) is trusted already.</source>
        <translation>The key %1 (%2) is trusted already.</translation>
    </message>
    <message>
        <source>This unit has no signing key yet, and an archive must be signed. An administrator creates it: ecoclaim-cli key create --holder &quot;UNIT NAME&quot; (or File ▸ Signing key… in the window).</source>
        <translation>This unit has no signing key yet, and an archive must be signed. An administrator creates it: ecoclaim-cli key create --holder &quot;UNIT NAME&quot; (or File ▸ Signing key… in the window).</translation>
    </message>
    <message>
        <source>The private half of the unit&apos;s signing key (%1) is not in %2: this computer cannot sign for the unit.</source>
        <translation>The private half of the unit&apos;s signing key (%1) is not in %2: this computer cannot sign for the unit.</translation>
    </message>
    <message>
        <source>The private key file %1 may be read by others than its owner; it is not used. Make it readable by its owner only (chmod 600).</source>
        <translation>The private key file %1 may be read by others than its owner; it is not used. Make it readable by its owner only (chmod 600).</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>The private key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 holds another key than the unit&apos;s recorded signing key.</source>
        <translation>The file %1 holds another key than the unit&apos;s recorded signing key.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Stage</name>
    <message>
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>Preliminary verification</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>No damage found</source>
        <translation>No damage found</translation>
    </message>
    <message>
        <source>Not initiated</source>
        <translation>Not initiated</translation>
    </message>
    <message>
        <source>Filed · investigation</source>
        <translation>Filed · investigation</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Effect evaluation</source>
        <translation>Effect evaluation</translation>
    </message>
    <message>
        <source>Claim terminated</source>
        <translation>Claim terminated</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Statistics</name>
    <message>
        <source>Punitive damages (Art. 26)</source>
        <translation>Punitive damages (Art. 26)</translation>
    </message>
    <message>
        <source>Paid, not assigned to a category</source>
        <translation>Paid, not assigned to a category</translation>
    </message>
    <message>
        <source>Cases by district and stage</source>
        <translation>Cases by district and stage</translation>
    </message>
    <message>
        <source>Cases whose clue was received in the period, in the stage they are in now.</source>
        <translation>Cases whose clue was received in the period, in the stage they are in now.</translation>
    </message>
    <message>
        <source>Clues by channel</source>
        <translation>Clues by channel</translation>
    </message>
    <message>
        <source>Clues received in the period; filed: a case was opened (立案) on it.</source>
        <translation>Clues received in the period; filed: a case was opened (立案) on it.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Amounts by category (Art. 5)</source>
        <translation>Amounts by category (Art. 5)</translation>
    </message>
    <message>
        <source>Of the cases received in the period: claimed = completed appraisals (punitive damages: as claimed in suits), agreed = agreements, paid = payments received.</source>
        <translation>Of the cases received in the period: claimed = completed appraisals (punitive damages: as claimed in suits), agreed = agreements, paid = payments received.</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>New and closed cases by month</source>
        <translation>New and closed cases by month</translation>
    </message>
    <message>
        <source>New: clues received; filed: cases opened (立案); closed: closing decisions (结案), each in its month.</source>
        <translation>New: clues received; filed: cases opened (立案); closed: closing decisions (结案), each in its month.</translation>
    </message>
    <message>
        <source>New clues</source>
        <translation>New clues</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Deadlines kept and missed</source>
        <translation>Deadlines kept and missed</translation>
    </message>
    <message>
        <source>Kept / late: deadlines that ended in the period (the step was taken, or the case moved on) on or before / after their due day, by the day of the step that ended them; overdue: open deadlines past their due day today. The register has this history only for deadlines that ended through the program&apos;s commands.</source>
        <translation>Kept / late: deadlines that ended in the period (the step was taken, or the case moved on) on or before / after their due day, by the day of the step that ended them; overdue: open deadlines past their due day today. The register has this history only for deadlines that ended through the program&apos;s commands.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Ended late</source>
        <translation>Ended late</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>There is no chart &quot;%1&quot;; the charts are: %2.</source>
        <translation>There is no chart &quot;%1&quot;; the charts are: %2.</translation>
    </message>
    <message>
        <source>A period needs both its first and its last day.</source>
        <translation>A period needs both its first and its last day.</translation>
    </message>
    <message>
        <source>The period must run from a real date to a later or equal one.</source>
        <translation>The period must run from a real date to a later or equal one.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Storage</name>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>There is no case &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>find the row to update</source>
        <translation>find the row to update</translation>
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation>The database could not %1: %2</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>prepare a statement</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>run a statement</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not an EcoClaim database (or it is damaged): %2</source>
        <translation>%1 is not an EcoClaim database (or it is damaged): %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of EcoClaim&apos;s; it was not changed.</source>
        <translation>%1 is an SQLite database, but not one of EcoClaim&apos;s; it was not changed.</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 could not be checked: %2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 exists already; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was removed: %2</source>
        <translation>The backup %1 failed its check and was removed: %2</translation>
    </message>
    <message>
        <source>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</source>
        <translation>the copy holds schema %1 and %2 cases, the database schema %3 and %4 cases</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server database address: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>&quot;%1&quot; is not a server database address: write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>This computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql).</source>
        <translation>This computer has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened: %2</source>
        <translation>The server database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The server database %1 has the encoding %2 and the character locale %3; EcoClaim needs UTF8 and a UTF-8 locale (create it with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;), or searching Chinese text cannot use its index. It was not changed.</source>
        <translation>The server database %1 has the encoding %2 and the character locale %3; EcoClaim needs UTF8 and a UTF-8 locale (create it with ENCODING &apos;UTF8&apos; LC_CTYPE &apos;C.UTF-8&apos;), or searching Chinese text cannot use its index. It was not changed.</translation>
    </message>
    <message>
        <source>The server database %1 holds tables that are not EcoClaim&apos;s; it was not changed.</source>
        <translation>The server database %1 holds tables that are not EcoClaim&apos;s; it was not changed.</translation>
    </message>
    <message>
        <source>find the key of table %1</source>
        <translation>find the key of table %1</translation>
    </message>
    <message>
        <source>read the id of a new row</source>
        <translation>read the id of a new row</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: no database can be created there.</source>
        <translation>The folder %1 is not writable: no database can be created there.</translation>
    </message>
    <message>
        <source>read every row (the read stopped early)</source>
        <translation>read every row (the read stopped early)</translation>
    </message>
    <message>
        <source>find the row to remove</source>
        <translation>find the row to remove</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not an EcoClaim database; it was not changed. An empty file holds no cases — usually a first start was stopped while the database was being created. To start over, create the database in it: ecoclaim-cli --db %1 init (or start the window on it, which offers to), or delete the file.</source>
        <translation>%1 is an empty file (0 bytes), not an EcoClaim database; it was not changed. An empty file holds no cases — usually a first start was stopped while the database was being created. To start over, create the database in it: ecoclaim-cli --db %1 init (or start the window on it, which offers to), or delete the file.</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>There is no import batch %1.</translation>
    </message>
    <message>
        <source>The import batch %1 could not be marked undone (undone already, or not yours).</source>
        <translation>The import batch %1 could not be marked undone (undone already, or not yours).</translation>
    </message>
    <message>
        <source>the case no longer exists</source>
        <translation>the case no longer exists</translation>
    </message>
    <message>
        <source>it has been worked on since the import (%1 on its timeline)</source>
        <translation>it has been worked on since the import (%1 on its timeline)</translation>
    </message>
    <message>
        <source>its audit trail holds %1 entries, not only its registration</source>
        <translation>its audit trail holds %1 entries, not only its registration</translation>
    </message>
    <message>
        <source>it has records in %1 since the import</source>
        <translation>it has records in %1 since the import</translation>
    </message>
    <message>
        <source>The case could not be removed: on a server only the database&apos;s owner removes cases.</source>
        <translation>The case could not be removed: on a server only the database&apos;s owner removes cases.</translation>
    </message>
    <message>
        <source>Another desk is changing this case right now; nothing was changed here. Try again in a moment — the case will then be read as the other desk left it.</source>
        <translation>Another desk is changing this case right now; nothing was changed here. Try again in a moment — the case will then be read as the other desk left it.</translation>
    </message>
    <message>
        <source>lock the case</source>
        <translation>lock the case</translation>
    </message>
    <message>
        <source>There is no database at %1; nothing was created. Check the path, or create a new database with: ecoclaim-cli --db %1 init</source>
        <translation>There is no database at %1; nothing was created. Check the path, or create a new database with: ecoclaim-cli --db %1 init</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: EcoClaim keeps the database&apos;s journal (%2-wal) beside it and cannot open the database there. Copy the file to a folder you may write, or ask for write access.</source>
        <translation>The folder %1 is not writable: EcoClaim keeps the database&apos;s journal (%2-wal) beside it and cannot open the database there. Copy the file to a folder you may write, or ask for write access.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: EcoClaim cannot open it.</source>
        <translation>The database file %1 is read-only: EcoClaim cannot open it.</translation>
    </message>
    <message>
        <source>This database was written by a newer EcoClaim (schema version %1; this program knows up to %2). It has not been changed: open it with the newer program.</source>
        <translation>This database was written by a newer EcoClaim (schema version %1; this program knows up to %2). It has not been changed: open it with the newer program.</translation>
    </message>
    <message>
        <source>read migration %1</source>
        <translation>read migration %1</translation>
    </message>
    <message>
        <source>Case number %1 is already taken by another case.</source>
        <translation>Case number %1 is already taken by another case.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::TextRules</name>
    <message>
        <source>%1: character %2 (%3) is not a character.</source>
        <translation>%1: character %2 (%3) is not a character.</translation>
    </message>
    <message>
        <source>%1: character %2 is half of a UTF-16 pair (a broken or forged text); write the text again.</source>
        <translation>%1: character %2 is half of a UTF-16 pair (a broken or forged text); write the text again.</translation>
    </message>
    <message>
        <source>%1: character %2 is U+FFFD, what invalid UTF-8 becomes; the text was not valid UTF-8.</source>
        <translation>%1: character %2 is U+FFFD, what invalid UTF-8 becomes; the text was not valid UTF-8.</translation>
    </message>
    <message>
        <source>%1: character %2 is a line break or tab; this field is one line.</source>
        <translation>%1: character %2 is a line break or tab; this field is one line.</translation>
    </message>
    <message>
        <source>%1: character %2 is the control character %3, which text may not hold.</source>
        <translation>%1: character %2 is the control character %3, which text may not hold.</translation>
    </message>
    <message>
        <source>%1: character %2 (%3) reverses the direction of the text shown, so what is read differs from what is stored; it is not accepted.</source>
        <translation>%1: character %2 (%3) reverses the direction of the text shown, so what is read differs from what is stored; it is not accepted.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted.</source>
        <translation>%1 is %2 characters long; at most %3 are accepted.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Timeline</name>
    <message>
        <source>Consultation notice served on %1; meeting on %2</source>
        <translation>Consultation notice served on %1; meeting on %2</translation>
    </message>
    <message>
        <source>%1 agreed to consult</source>
        <translation>%1 agreed to consult</translation>
    </message>
    <message>
        <source>%1 refused to consult</source>
        <translation>%1 refused to consult</translation>
    </message>
    <message>
        <source>Consultation round %1 held</source>
        <translation>Consultation round %1 held</translation>
    </message>
    <message>
        <source>Compensation agreement signed: %1 yuan</source>
        <translation>Compensation agreement signed: %1 yuan</translation>
    </message>
    <message>
        <source>Claim brought before %1 (%2)</source>
        <translation>Claim brought before %1 (%2)</translation>
    </message>
    <message>
        <source>Judicial confirmation applied for at %1</source>
        <translation>Judicial confirmation applied for at %1</translation>
    </message>
    <message>
        <source>The court confirmed the agreement</source>
        <translation>The court confirmed the agreement</translation>
    </message>
    <message>
        <source>The court did not confirm the agreement</source>
        <translation>The court did not confirm the agreement</translation>
    </message>
    <message>
        <source>Judgment recorded</source>
        <translation>Judgment recorded</translation>
    </message>
    <message>
        <source>Restoration started ahead of the agreement</source>
        <translation>Restoration started ahead of the agreement</translation>
    </message>
    <message>
        <source>Restoration started</source>
        <translation>Restoration started</translation>
    </message>
    <message>
        <source>Milestone added: %1</source>
        <translation>Milestone added: %1</translation>
    </message>
    <message>
        <source>Milestone done: %1</source>
        <translation>Milestone done: %1</translation>
    </message>
    <message>
        <source>Payment received: %1 yuan</source>
        <translation>Payment received: %1 yuan</translation>
    </message>
    <message>
        <source>Restoration reported complete</source>
        <translation>Restoration reported complete</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation passed</source>
        <translation>Restoration-effect evaluation passed</translation>
    </message>
    <message>
        <source>Restoration-effect evaluation failed: restoration must continue</source>
        <translation>Restoration-effect evaluation failed: restoration must continue</translation>
    </message>
    <message>
        <source>Restoration continues after the failed evaluation</source>
        <translation>Restoration continues after the failed evaluation</translation>
    </message>
    <message>
        <source>Claim terminated</source>
        <translation>Claim terminated</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Case file archived: one case, one volume, kept long-term</source>
        <translation>Case file archived: one case, one volume, kept long-term</translation>
    </message>
    <message>
        <source>Linked %1: %2</source>
        <translation>Linked %1: %2</translation>
    </message>
    <message>
        <source>Deadline suspended: %1</source>
        <translation>Deadline suspended: %1</translation>
    </message>
    <message>
        <source>Deadline resumed: %1</source>
        <translation>Deadline resumed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended by %n day(s): %1</source>
        <translation>
            <numerusform>Deadline extended by %n day: %1</numerusform>
            <numerusform>Deadline extended by %n days: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Service of consultation notice %1 corrected: %2</source>
        <translation>Service of consultation notice %1 corrected: %2</translation>
    </message>
    <message>
        <source>Clue registered as %1 (%2)</source>
        <translation>Clue registered as %1 (%2)</translation>
    </message>
    <message>
        <source>Liable party %1 added: %2</source>
        <translation>Liable party %1 added: %2</translation>
    </message>
    <message>
        <source>Case details corrected</source>
        <translation>Case details corrected</translation>
    </message>
    <message>
        <source>Verification concluded: damage was caused</source>
        <translation>Verification concluded: damage was caused</translation>
    </message>
    <message>
        <source>Verification concluded: no damage was caused</source>
        <translation>Verification concluded: no damage was caused</translation>
    </message>
    <message>
        <source>Case filed; the claim procedure starts with the damage investigation</source>
        <translation>Case filed; the claim procedure starts with the damage investigation</translation>
    </message>
    <message>
        <source>Clue transferred to %1</source>
        <translation>Clue transferred to %1</translation>
    </message>
    <message>
        <source>The rules do not apply: %1</source>
        <translation>The rules do not apply: %1</translation>
    </message>
    <message>
        <source>Claim not started: %1</source>
        <translation>Claim not started: %1</translation>
    </message>
    <message>
        <source>Appraisal commissioned: %1</source>
        <translation>Appraisal commissioned: %1</translation>
    </message>
    <message>
        <source>Simplified appraisal stopped as unsuitable; an institution must be commissioned</source>
        <translation>Simplified appraisal stopped as unsuitable; an institution must be commissioned</translation>
    </message>
    <message>
        <source>Appraisal result recorded</source>
        <translation>Appraisal result recorded</translation>
    </message>
    <message>
        <source>Investigation concluded: consultation proposed</source>
        <translation>Investigation concluded: consultation proposed</translation>
    </message>
    <message>
        <source>Investigation concluded: termination proposed</source>
        <translation>Investigation concluded: termination proposed</translation>
    </message>
    <message>
        <source>Restoration plan drafted</source>
        <translation>Restoration plan drafted</translation>
    </message>
    <message>
        <source>Restoration plan revised</source>
        <translation>Restoration plan revised</translation>
    </message>
    <message>
        <source>%1 asked to consult before the investigation ends</source>
        <translation>%1 asked to consult before the investigation ends</translation>
    </message>
    <message>
        <source>Consultation started at the liable party&apos;s request</source>
        <translation>Consultation started at the liable party&apos;s request</translation>
    </message>
    <message>
        <source>Consultation started</source>
        <translation>Consultation started</translation>
    </message>
    <message>
        <source>Written reply sent to %1</source>
        <translation>Written reply sent to %1</translation>
    </message>
    <message>
        <source>Added to the case file: %1 (%2)</source>
        <translation>Added to the case file: %1 (%2)</translation>
    </message>
    <message>
        <source>Papers cannot be issued here: the papers module is not loaded.</source>
        <translation>Papers cannot be issued here: the papers module is not loaded.</translation>
    </message>
    <message>
        <source>%1 %2 was %3: its content cannot change under this number (the case data it prints has changed). To correct it, supersede it (supersede_paper): the correction gets a new number and this paper stays on file, marked superseded.</source>
        <translation>%1 %2 was %3: its content cannot change under this number (the case data it prints has changed). To correct it, supersede it (supersede_paper): the correction gets a new number and this paper stays on file, marked superseded.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>Paper reprinted unchanged (served or signed)</source>
        <translation>Paper reprinted unchanged (served or signed)</translation>
    </message>
    <message>
        <source>Paper issued: %1</source>
        <translation>Paper issued: %1</translation>
    </message>
    <message>
        <source>%1 %2 superseded: %3</source>
        <translation>%1 %2 superseded: %3</translation>
    </message>
    <message>
        <source>%1 %2 served on %3 (%4)</source>
        <translation>%1 %2 served on %3 (%4)</translation>
    </message>
    <message>
        <source>Share of %1 recorded</source>
        <translation>Share of %1 recorded</translation>
    </message>
    <message>
        <source>Payment received through the court&apos;s enforcement: %1 yuan</source>
        <translation>Payment received through the court&apos;s enforcement: %1 yuan</translation>
    </message>
    <message>
        <source>Enforcement applied for at %1</source>
        <translation>Enforcement applied for at %1</translation>
    </message>
    <message>
        <source>Enforcement: %1</source>
        <translation>Enforcement: %1</translation>
    </message>
    <message>
        <source>Enforcement ended: %1</source>
        <translation>Enforcement ended: %1</translation>
    </message>
    <message>
        <source>; %1 yuan remains unpaid</source>
        <translation>; %1 yuan remains unpaid</translation>
    </message>
    <message>
        <source>%1 listed as a dishonest judgment debtor</source>
        <translation>%1 listed as a dishonest judgment debtor</translation>
    </message>
    <message>
        <source>%1 taken off the list of dishonest judgment debtors</source>
        <translation>%1 taken off the list of dishonest judgment debtors</translation>
    </message>
    <message>
        <source>Consultation failed (%1)%2: the claim goes to court</source>
        <translation>Consultation failed (%1)%2: the claim goes to court</translation>
    </message>
    <message>
        <source>Emergency action by %1</source>
        <translation>Emergency action by %1</translation>
    </message>
    <message>
        <source>Cost advanced by %1: %2 yuan (%3)</source>
        <translation>Cost advanced by %1: %2 yuan (%3)</translation>
    </message>
    <message>
        <source>Recorded as a simple case: estimated damage %1 yuan</source>
        <translation>Recorded as a simple case: estimated damage %1 yuan</translation>
    </message>
    <message>
        <source>Grounds for punitive damages recorded</source>
        <translation>Grounds for punitive damages recorded</translation>
    </message>
    <message>
        <source>Joint case group formed, led by %1</source>
        <translation>Joint case group formed, led by %1</translation>
    </message>
    <message>
        <source>%1 assists the joint case group</source>
        <translation>%1 assists the joint case group</translation>
    </message>
    <message>
        <source>%1 joins the joint case group</source>
        <translation>%1 joins the joint case group</translation>
    </message>
    <message>
        <source>Cross-region case with %1 (%2)</source>
        <translation>Cross-region case with %1 (%2)</translation>
    </message>
    <message>
        <source>Major case reported to %1</source>
        <translation>Major case reported to %1</translation>
    </message>
    <message>
        <source>Instruction of %1: %2</source>
        <translation>Instruction of %1: %2</translation>
    </message>
    <message>
        <source>Instruction %1 carried out</source>
        <translation>Instruction %1 carried out</translation>
    </message>
    <message>
        <source>Timetable: %1 by %2</source>
        <translation>Timetable: %1 by %2</translation>
    </message>
    <message>
        <source>Timetable step done: %1</source>
        <translation>Timetable step done: %1</translation>
    </message>
    <message>
        <source>Reporter %1 answered</source>
        <translation>Reporter %1 answered</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>no field differed</source>
        <translation>no field differed</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Correction of payment %1: %2. Reason: %3</source>
        <translation>Correction of payment %1: %2. Reason: %3</translation>
    </message>
    <message>
        <source>Payment %1 voided (paid on %2, %3 yuan → none). Reason: %4</source>
        <translation>Payment %1 voided (paid on %2, %3 yuan → none). Reason: %4</translation>
    </message>
    <message>
        <source>The party is not on the case.</source>
        <translation>The party is not on the case.</translation>
    </message>
    <message>
        <source>Correction of liable party %1 (%2): %3. Reason: %4</source>
        <translation>Correction of liable party %1 (%2): %3. Reason: %4</translation>
    </message>
    <message>
        <source>Liable party %1 (%2) removed: entered by mistake. Reason: %3</source>
        <translation>Liable party %1 (%2) removed: entered by mistake. Reason: %3</translation>
    </message>
    <message>
        <source>Nothing to correct: %1 already holds that value.</source>
        <translation>Nothing to correct: %1 already holds that value.</translation>
    </message>
    <message>
        <source>Correction of %1: %2. Reason: %3</source>
        <translation>Correction of %1: %2. Reason: %3</translation>
    </message>
    <message>
        <source>The clue&apos;s registration cannot be taken back: the case keeps its number. Record how the clue ends instead.</source>
        <translation>The clue&apos;s registration cannot be taken back: the case keeps its number. Record how the clue ends instead.</translation>
    </message>
    <message>
        <source>The last step was itself taken back; record the right step anew.</source>
        <translation>The last step was itself taken back; record the right step anew.</translation>
    </message>
    <message>
        <source>An archived case changes no more (Art. 42).</source>
        <translation>An archived case changes no more (Art. 42).</translation>
    </message>
    <message>
        <source>A decision of the bureau is revoked by a decision, not taken back.</source>
        <translation>A decision of the bureau is revoked by a decision, not taken back.</translation>
    </message>
    <message>
        <source>A paper or file stays in the case file (Art. 42): supersede the paper instead.</source>
        <translation>A paper or file stays in the case file (Art. 42): supersede the paper instead.</translation>
    </message>
    <message>
        <source>A correction is corrected, not taken back.</source>
        <translation>A correction is corrected, not taken back.</translation>
    </message>
    <message>
        <source>The case has no step on record to take back.</source>
        <translation>The case has no step on record to take back.</translation>
    </message>
    <message>
        <source>Took back the last step, &quot;%1&quot; (recorded %2 by %3). Reason: %4</source>
        <translation>Took back the last step, &quot;%1&quot; (recorded %2 by %3). Reason: %4</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ToolBar</name>
    <message>
        <source>New clue</source>
        <translation>New clue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>Main tools</translation>
    </message>
</context>
<context>
    <name>ecoclaim::Window</name>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>Language: zh_CN or en.</translation>
    </message>
    <message>
        <source>EcoClaim</source>
        <translation>EcoClaim</translation>
    </message>
    <message>
        <source>Sign in to the bureau&apos;s server</source>
        <translation>Sign in to the bureau&apos;s server</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Password for %2:</translation>
    </message>
    <message>
        <source>Open this database: a file, or the server&apos;s postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Open this database: a file, or the server&apos;s postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Load the demo case set if the database is empty.</source>
        <translation>Load the demo case set if the database is empty.</translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new, empty database there?</source>
        <translation>There is no database at %1.

Create a new, empty database there?</translation>
    </message>
    <message>
        <source>%1 — signed in: %2 (%3, %4)</source>
        <translation>%1 — signed in: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not an EcoClaim database. It holds no cases: usually a first start was stopped while the database was being created.

Create a new, empty EcoClaim database in it?</source>
        <translation>%1 is an empty file (0 bytes), not an EcoClaim database. It holds no cases: usually a first start was stopped while the database was being created.

Create a new, empty EcoClaim database in it?</translation>
    </message>
</context>
<context>
    <name>ecoclaim::WorkCalendar</name>
    <message>
        <source>No working-day calendar for %1: import the State Council holiday notice for that year.</source>
        <translation>No working-day calendar for %1: import the State Council holiday notice for that year.</translation>
    </message>
    <message>
        <source>The notice lead time must be at least one working day.</source>
        <translation>The notice lead time must be at least one working day.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>The calendar file is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The calendar file must be a JSON object with &quot;year&quot;, &quot;holidays&quot; and &quot;workdays&quot;.</source>
        <translation>The calendar file must be a JSON object with &quot;year&quot;, &quot;holidays&quot; and &quot;workdays&quot;.</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number between %1 and %2.</source>
        <translation>&quot;year&quot; must be a whole number between %1 and %2.</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be text naming the State Council notice.</source>
        <translation>&quot;source&quot; must be text naming the State Council notice.</translation>
    </message>
    <message>
        <source>%1 does not belong to the calendar year %2.</source>
        <translation>%1 does not belong to the calendar year %2.</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list of {&quot;date&quot;, &quot;name&quot;} entries.</source>
        <translation>&quot;holidays&quot; must be a list of {&quot;date&quot;, &quot;name&quot;} entries.</translation>
    </message>
    <message>
        <source>No holidays are listed; every State Council notice lists the public holidays.</source>
        <translation>No holidays are listed; every State Council notice lists the public holidays.</translation>
    </message>
    <message>
        <source>Holiday entry %1 has no valid date (expected YYYY-MM-DD).</source>
        <translation>Holiday entry %1 has no valid date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The holiday on %1 has no name.</source>
        <translation>The holiday on %1 has no name.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the holidays.</source>
        <translation>%1 is listed twice among the holidays.</translation>
    </message>
    <message>
        <source>&quot;workdays&quot; must be a list of dates (it may be empty).</source>
        <translation>&quot;workdays&quot; must be a list of dates (it may be empty).</translation>
    </message>
    <message>
        <source>Working-day entry %1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>Working-day entry %1 is not a valid date (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 is not a Saturday or Sunday; only weekend days can become adjusted working days (调休上班).</source>
        <translation>%1 is not a Saturday or Sunday; only weekend days can become adjusted working days (调休上班).</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as an adjusted working day.</source>
        <translation>%1 is listed both as a holiday and as an adjusted working day.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the adjusted working days.</source>
        <translation>%1 is listed twice among the adjusted working days.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::AccountsDialog</name>
    <message>
        <source>the city</source>
        <translation>the city</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation>Change the role</translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <source>Selected account:</source>
        <translation>Selected account:</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>(none: supervisor, archivist, administrator)</source>
        <translation>(none: supervisor, archivist, administrator)</translation>
    </message>
    <message>
        <source>(none: the city)</source>
        <translation>(none: the city)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>The password again:</source>
        <translation>The password again:</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>The two passwords differ: type the first password twice.</source>
        <translation>The two passwords differ: type the first password twice.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Approvals…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ApprovalsPanel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Decision proposed</source>
        <translation>Decision proposed</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Proposed at</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <source>Reason for refusing (required to refuse)</source>
        <translation>Reason for refusing (required to refuse)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>No decision is waiting for approval.</source>
        <translation>No decision is waiting for approval.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your approval: %n decision(s)</source>
        <translation>
            <numerusform>Waiting for your approval: %n decision</numerusform>
            <numerusform>Waiting for your approval: %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the unit head&apos;s approval: %n decision(s)</source>
        <translation>
            <numerusform>Waiting for the unit head&apos;s approval: %n decision</numerusform>
            <numerusform>Waiting for the unit head&apos;s approval: %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1 — %2</source>
        <translation>Approved: %1 — %2</translation>
    </message>
    <message>
        <source>Proposal %1 refused.</source>
        <translation>Proposal %1 refused.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ArchiveExportDialog</name>
    <message>
        <source>Export the case file %1 as an archive</source>
        <translation>Export the case file %1 as an archive</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save the archive as</source>
        <translation>Save the archive as</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Exported %1 entries (%2 bytes) to %3.</source>
        <translation>Exported %1 entries (%2 bytes) to %3.</translation>
    </message>
    <message>
        <source>Passphrase of the unit&apos;s signing key:</source>
        <translation>Passphrase of the unit&apos;s signing key:</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ArchiveVerifyDialog</name>
    <message>
        <source>Verify a case archive</source>
        <translation>Verify a case archive</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the archive</source>
        <translation>Choose the archive</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::BarCasesDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>Cases behind the figure</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s). Double-click a case to open it.</source>
        <translation>
            <numerusform>%1: %n case. Double-click a case to open it.</numerusform>
            <numerusform>%1: %n cases. Double-click a case to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFileHeader</name>
    <message>
        <source>Other actions</source>
        <translation>Other actions</translation>
    </message>
    <message>
        <source>Every other command the rules allow at this stage (Alt+A)</source>
        <translation>Every other command the rules allow at this stage (Alt+A)</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2%3</source>
        <translation>Next deadline: %1 %2%3</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Archived — read only (%1)</source>
        <translation>Archived — read only (%1)</translation>
    </message>
    <message>
        <source>Still required:</source>
        <translation>Still required:</translation>
    </message>
    <message>
        <source>%1 (needed before “%2”)</source>
        <translation>%1 (needed before “%2”)</translation>
    </message>
    <message>
        <source>“%1” is blocked:</source>
        <translation>“%1” is blocked:</translation>
    </message>
    <message>
        <source>This step records what is missing.</source>
        <translation>This step records what is missing.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFileView</name>
    <message>
        <source>Liable parties</source>
        <translation>Liable parties</translation>
    </message>
    <message>
        <source>Clue and preliminary verification</source>
        <translation>Clue and preliminary verification</translation>
    </message>
    <message>
        <source>Damage investigation</source>
        <translation>Damage investigation</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Consultation: notices, service, rounds</source>
        <translation>Consultation: notices, service, rounds</translation>
    </message>
    <message>
        <source>Agreement and payments</source>
        <translation>Agreement and payments</translation>
    </message>
    <message>
        <source>Judicial confirmation and litigation</source>
        <translation>Judicial confirmation and litigation</translation>
    </message>
    <message>
        <source>Restoration and effect evaluation</source>
        <translation>Restoration and effect evaluation</translation>
    </message>
    <message>
        <source>Linked proceedings</source>
        <translation>Linked proceedings</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Timeline and audit trail</source>
        <translation>Timeline and audit trail</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Before %1 the rules still require:</source>
        <translation>Before %1 the rules still require:</translation>
    </message>
    <message>
        <source>Evidence and materials</source>
        <translation>Evidence and materials</translation>
    </message>
    <message>
        <source>Enforcement and the dishonest debtor list</source>
        <translation>Enforcement and the dishonest debtor list</translation>
    </message>
    <message>
        <source>Emergencies, costs advanced and accounts</source>
        <translation>Emergencies, costs advanced and accounts</translation>
    </message>
    <message>
        <source>Jurisdiction, joint case group, grounds and supervision</source>
        <translation>Jurisdiction, joint case group, grounds and supervision</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Before %1 the rules still require something here.</source>
        <translation>Before %1 the rules still require something here.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseFilterBar</name>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>&amp;Major cases</source>
        <translation>&amp;Major cases</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Every stage</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>Every district</translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation>Every handling unit</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>D&amp;istrict</source>
        <translation>D&amp;istrict</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>Handling unit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Liable party</source>
        <translation>Liable party</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Amount claimed (yuan)</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseMenus</name>
    <message>
        <source>Open the filed PDF</source>
        <translation>Open the filed PDF</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as ODT…</source>
        <translation>Save as ODT…</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>Correct under a new number…</source>
        <translation>Correct under a new number…</translation>
    </message>
    <message>
        <source>Preview the paper chosen in the form…</source>
        <translation>Preview the paper chosen in the form…</translation>
    </message>
    <message>
        <source>Print the paper chosen in the form…</source>
        <translation>Print the paper chosen in the form…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Check against its fingerprint</source>
        <translation>Check against its fingerprint</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint</source>
        <translation>Copy the SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation>Evidence checked</translation>
    </message>
    <message>
        <source>The file is intact: its %1 match the SHA-256 fingerprint %2 recorded when it was added.</source>
        <translation>The file is intact: its %1 match the SHA-256 fingerprint %2 recorded when it was added.</translation>
    </message>
    <message>
        <source>Copy the rows selected</source>
        <translation>Copy the rows selected</translation>
    </message>
    <message>
        <source>Copy this part&apos;s text</source>
        <translation>Copy this part&apos;s text</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Other actions…</source>
        <translation>Other actions…</translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation>Alt+A</translation>
    </message>
    <message>
        <source>Papers for this case…</source>
        <translation>Papers for this case…</translation>
    </message>
    <message>
        <source>Export the case archive…</source>
        <translation>Export the case archive…</translation>
    </message>
    <message>
        <source>Open the export folder</source>
        <translation>Open the export folder</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CaseSections</name>
    <message>
        <source>Notice to %1</source>
        <translation>Notice to %1</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Meeting on</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>Reply due on</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Round %1 — %2</source>
        <translation>Round %1 — %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>All signed</source>
        <translation>All signed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no — %1</source>
        <translation>no — %1</translation>
    </message>
    <message>
        <source>Beyond the usual limit because</source>
        <translation>Beyond the usual limit because</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Assumes the whole liability</source>
        <translation>Assumes the whole liability</translation>
    </message>
    <message>
        <source>Restoration terms</source>
        <translation>Restoration terms</translation>
    </message>
    <message>
        <source>Judicial confirmation clause</source>
        <translation>Judicial confirmation clause</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Total agreed</source>
        <translation>Total agreed</translation>
    </message>
    <message>
        <source>Instalment %1</source>
        <translation>Instalment %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Paid on %1</translation>
    </message>
    <message>
        <source>Paid / due</source>
        <translation>Paid / due</translation>
    </message>
    <message>
        <source>Judicial confirmation — %1</source>
        <translation>Judicial confirmation — %1</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Ruled on</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Ruling</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Litigation — %1</source>
        <translation>Litigation — %1</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Judged on</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Restoration plan of %1</source>
        <translation>Restoration plan of %1</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Technical plan</source>
        <translation>Technical plan</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Restoration (ahead of the agreement)</source>
        <translation>Restoration (ahead of the agreement)</translation>
    </message>
    <message>
        <source>Restoration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <source>Milestone due %1</source>
        <translation>Milestone due %1</translation>
    </message>
    <message>
        <source>%1 — done on %2</source>
        <translation>%1 — done on %2</translation>
    </message>
    <message>
        <source>Effect evaluation of %1: %2</source>
        <translation>Effect evaluation of %1: %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Announcement ends on</source>
        <translation>Announcement ends on</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing on file yet.</source>
        <translation>Nothing on file yet.</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>rules not applicable</source>
        <translation>rules not applicable</translation>
    </message>
    <message>
        <source>no damage</source>
        <translation>no damage</translation>
    </message>
    <message>
        <source>claim not started</source>
        <translation>claim not started</translation>
    </message>
    <message>
        <source>claim terminated</source>
        <translation>claim terminated</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>case closed</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>In custody</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>yes — %1</translation>
    </message>
    <message>
        <source>Pollution liability insurance</source>
        <translation>Pollution liability insurance</translation>
    </message>
    <message>
        <source>Clue channel</source>
        <translation>Clue channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Major case</source>
        <translation>Major case</translation>
    </message>
    <message>
        <source>Preliminary verification</source>
        <translation>Preliminary verification</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>Damage found</source>
        <translation>Damage found</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Decision: %1 (%2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transferred to</translation>
    </message>
    <message>
        <source>Damage exists</source>
        <translation>Damage exists</translation>
    </message>
    <message>
        <source>Liable party identified</source>
        <translation>Liable party identified</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Causation</source>
        <translation>Causation</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Early consultation requested on</source>
        <translation>Early consultation requested on</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Commissioned on</source>
        <translation>Commissioned on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Stopped because</source>
        <translation>Stopped because</translation>
    </message>
    <message>
        <source>Damage determination</source>
        <translation>Damage determination</translation>
    </message>
    <message>
        <source>Quantification</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Total assessed</source>
        <translation>Total assessed</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Failed on %1</source>
        <translation>Failed on %1</translation>
    </message>
    <message>
        <source>Agreement of %1 — %2</source>
        <translation>Agreement of %1 — %2</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>none: compensation in money only (Art. 27 ¶2)</source>
        <translation>none: compensation in money only (Art. 27 ¶2)</translation>
    </message>
    <message>
        <source>owed: the case closes after a passed effect evaluation (Art. 29)</source>
        <translation>owed: the case closes after a passed effect evaluation (Art. 29)</translation>
    </message>
    <message>
        <source>To be performed by</source>
        <translation>To be performed by</translation>
    </message>
    <message>
        <source>&#x3000;through enforcement</source>
        <translation>&#x3000;through enforcement</translation>
    </message>
    <message>
        <source>&#x3000;receipt %1</source>
        <translation>&#x3000;receipt %1</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Punitive damages claimed</source>
        <translation>Punitive damages claimed</translation>
    </message>
    <message>
        <source>Took effect on</source>
        <translation>Took effect on</translation>
    </message>
    <message>
        <source>Linked to an administrative penalty: the penalty does not replace compensation, nor compensation the penalty (Art. 8 ¶4).</source>
        <translation>Linked to an administrative penalty: the penalty does not replace compensation, nor compensation the penalty (Art. 8 ¶4).</translation>
    </message>
    <message>
        <source>Punitive damages</source>
        <translation>Punitive damages</translation>
    </message>
    <message>
        <source>Enforcement — %1</source>
        <translation>Enforcement — %1</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>effective judgment</source>
        <translation>effective judgment</translation>
    </message>
    <message>
        <source>judicially confirmed agreement</source>
        <translation>judicially confirmed agreement</translation>
    </message>
    <message>
        <source>Enforcement case number</source>
        <translation>Enforcement case number</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Sought</translation>
    </message>
    <message>
        <source>Amount to enforce</source>
        <translation>Amount to enforce</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Dishonest judgment debtor: %1</source>
        <translation>Dishonest judgment debtor: %1</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>Outstanding %1: apply to the court for enforcement (Art. 24 ¶2).</source>
        <translation>Outstanding %1: apply to the court for enforcement (Art. 24 ¶2).</translation>
    </message>
    <message>
        <source>Emergency action of %1 — %2</source>
        <translation>Emergency action of %1 — %2</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Who acted</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Why the department acted</source>
        <translation>Why the department acted</translation>
    </message>
    <message>
        <source>Advanced on %1</source>
        <translation>Advanced on %1</translation>
    </message>
    <message>
        <source>Accounts per category (Art. 5, 34)</source>
        <translation>Accounts per category (Art. 5, 34)</translation>
    </message>
    <message>
        <source>appraised %1</source>
        <translation>appraised %1</translation>
    </message>
    <message>
        <source>claimed in court %1</source>
        <translation>claimed in court %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paid %1</translation>
    </message>
    <message>
        <source>outstanding %1</source>
        <translation>outstanding %1</translation>
    </message>
    <message>
        <source>advanced %1, recovered %2</source>
        <translation>advanced %1, recovered %2</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Rules in force</translation>
    </message>
    <message>
        <source>Received on %1, outside 2024-04-10 to 2029-04-09 (Art. 47): the rules then in force apply.</source>
        <translation>Received on %1, outside 2024-04-10 to 2029-04-09 (Art. 47): the rules then in force apply.</translation>
    </message>
    <message>
        <source>Handled by the city because</source>
        <translation>Handled by the city because</translation>
    </message>
    <message>
        <source>Joint case group (Art. 9 ¶3)</source>
        <translation>Joint case group (Art. 9 ¶3)</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>Assisting</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Cross-region case (Art. 44)</source>
        <translation>Cross-region case (Art. 44)</translation>
    </message>
    <message>
        <source>Simple case (Art. 16 ¶2, 21 ¶3, 29 ¶2)</source>
        <translation>Simple case (Art. 16 ¶2, 21 ¶3, 29 ¶2)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <source>Estimated damage</source>
        <translation>Estimated damage</translation>
    </message>
    <message>
        <source>Grounds for punitive damages (Art. 26)</source>
        <translation>Grounds for punitive damages (Art. 26)</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Serious consequences</source>
        <translation>Serious consequences</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Major-case supervision (Art. 39)</source>
        <translation>Major-case supervision (Art. 39)</translation>
    </message>
    <message>
        <source>Reported upward</source>
        <translation>Reported upward</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Reported on %1</translation>
    </message>
    <message>
        <source>Instruction of %1</source>
        <translation>Instruction of %1</translation>
    </message>
    <message>
        <source> — done on %1: %2</source>
        <translation> — done on %1: %2</translation>
    </message>
    <message>
        <source> — due %1</source>
        <translation> — due %1</translation>
    </message>
    <message>
        <source>Timetable %1</source>
        <translation>Timetable %1</translation>
    </message>
    <message>
        <source>Reporter answered on %1</source>
        <translation>Reporter answered on %1</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::CommandDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rests on %1</source>
        <translation>Rests on %1</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>Asked by %1</translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation>Execute…</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Execute</translation>
    </message>
    <message>
        <source>“%1” cannot be undone. Execute it now?</source>
        <translation>“%1” cannot be undone. Execute it now?</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>Not executed — the rules still require:</source>
        <translation>Not executed — the rules still require:</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DashboardPanel</name>
    <message>
        <source>each kind&apos;s warning days</source>
        <translation>each kind&apos;s warning days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Changes of the day…</source>
        <translation>Changes of the day…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Due within</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Overdue: %1   Due today: %2   Coming: %3</source>
        <translation>Overdue: %1   Due today: %2   Coming: %3</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Print list</translation>
    </message>
    <message>
        <source>Changes of the day</source>
        <translation>Changes of the day</translation>
    </message>
    <message>
        <source>Save the day&apos;s deadline changes as PDF</source>
        <translation>Save the day&apos;s deadline changes as PDF</translation>
    </message>
    <message>
        <source>deadline-changes-%1.pdf</source>
        <translation>deadline-changes-%1.pdf</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>deadlines-%1</source>
        <translation>deadlines-%1</translation>
    </message>
    <message>
        <source>Print the list of deadlines</source>
        <translation>Print the list of deadlines</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DatabaseMenu</name>
    <message>
        <source>Open another &amp;database…</source>
        <translation>Open another &amp;database…</translation>
    </message>
    <message>
        <source>New data&amp;base file…</source>
        <translation>New data&amp;base file…</translation>
    </message>
    <message>
        <source>Load the de&amp;mo case set…</source>
        <translation>Load the de&amp;mo case set…</translation>
    </message>
    <message>
        <source>EcoClaim could not be started again on %1.</source>
        <translation>EcoClaim could not be started again on %1.</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>EcoClaim databases (*.db)</source>
        <translation>EcoClaim databases (*.db)</translation>
    </message>
    <message>
        <source>Load the demo case set</source>
        <translation>Load the demo case set</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n case(s); the demo set goes only into an empty database.

Make a new demo database at %1 and open it?</source>
        <translation>
            <numerusform>This database already holds %n case; the demo set goes only into an empty database.

Make a new demo database at %1 and open it?</numerusform>
            <numerusform>This database already holds %n cases; the demo set goes only into an empty database.

Make a new demo database at %1 and open it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo set was loaded: %n case(s).</source>
        <translation>
            <numerusform>The demo set was loaded: %n case.</numerusform>
            <numerusform>The demo set was loaded: %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DisclosureDialog</name>
    <message>
        <source>Disclosure text of %1 (Art. 35)</source>
        <translation>Disclosure text of %1 (Art. 35)</translation>
    </message>
    <message>
        <source>Personal data has been removed as listed below. Review every replacement; name any person still visible in the text and press Mask. The text is issued only after review.</source>
        <translation>Personal data has been removed as listed below. Review every replacement; name any person still visible in the text and press Mask. The text is issued only after review.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>Found from</translation>
    </message>
    <message>
        <source>e.g. 孙丽丽, 周建国</source>
        <translation>e.g. 孙丽丽, 周建国</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Mask</translation>
    </message>
    <message>
        <source>Further persons&apos; names:</source>
        <translation>Further persons&apos; names:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>I have reviewed every replacement and the text</source>
        <translation>I have reviewed every replacement and the text</translation>
    </message>
    <message>
        <source>Save &amp;draft…</source>
        <translation>Save &amp;draft…</translation>
    </message>
    <message>
        <source>&amp;Issue and file on the case…</source>
        <translation>&amp;Issue and file on the case…</translation>
    </message>
    <message>
        <source>disclosure-%1-draft.pdf</source>
        <translation>disclosure-%1-draft.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>disclosure-%1.pdf</source>
        <translation>disclosure-%1.pdf</translation>
    </message>
    <message>
        <source>Issued: %1 and %2, filed on the case. Text SHA-256: %3</source>
        <translation>Issued: %1 and %2, filed on the case. Text SHA-256: %3</translation>
    </message>
    <message>
        <source>the case&apos;s party data</source>
        <translation>the case&apos;s party data</translation>
    </message>
    <message>
        <source>a pattern or the reviewer</source>
        <translation>a pattern or the reviewer</translation>
    </message>
    <message>
        <source>Name the reviewer and confirm the review first.</source>
        <translation>Name the reviewer and confirm the review first.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DocumentsSection</name>
    <message>
        <source>Marked draft (草稿)</source>
        <translation>Marked draft (草稿)</translation>
    </message>
    <message>
        <source>Generate and file</source>
        <translation>Generate and file</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save ODT…</source>
        <translation>Save ODT…</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>e.g. 上午9时30分</source>
        <translation>e.g. 上午9时30分</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>Meeting on</translation>
    </message>
    <message>
        <source>Meeting time</source>
        <translation>Meeting time</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>Reply due on</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(not usual at this stage)</source>
        <translation>(not usual at this stage)</translation>
    </message>
    <message>
        <source>The case is archived: its file is closed (Art. 42). Filed papers can still be reprinted.</source>
        <translation>The case is archived: its file is closed (Art. 42). Filed papers can still be reprinted.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>PDF SHA-256 %1
ODT SHA-256 %2</source>
        <translation>PDF SHA-256 %1
ODT SHA-256 %2</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>Round %1 (%2)</translation>
    </message>
    <message>
        <source>Appraisal %1</source>
        <translation>Appraisal %1</translation>
    </message>
    <message>
        <source>Select a paper or one of its versions first.</source>
        <translation>Select a paper or one of its versions first.</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the paper as filed</source>
        <translation>Save the paper as filed</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>Service recorded.</translation>
    </message>
    <message>
        <source>Record service</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>Method of service</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Served on</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Note (refusal, witness)</source>
        <translation>Note (refusal, witness)</translation>
    </message>
    <message>
        <source>(none on file yet)</source>
        <translation>(none on file yet)</translation>
    </message>
    <message>
        <source>Proof of service</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <source>Correct under a new number…</source>
        <translation>Correct under a new number…</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>superseded (%1)</source>
        <translation>superseded (%1)</translation>
    </message>
    <message>
        <source>Each liable party (one paper each)</source>
        <translation>Each liable party (one paper each)</translation>
    </message>
    <message>
        <source>Meeting too close</source>
        <translation>Meeting too close</translation>
    </message>
    <message>
        <source>The meeting is fewer than five working days after the notice&apos;s day of issue: it cannot be served five working days before the meeting (Art. 19). Number it anyway?</source>
        <translation>The meeting is fewer than five working days after the notice&apos;s day of issue: it cannot be served five working days before the meeting (Art. 19). Number it anyway?</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>%1 %2, version %3</translation>
    </message>
    <message>
        <source>Filed: %1.</source>
        <translation>Filed: %1.</translation>
    </message>
    <message>
        <source>Corrected under %1; the old paper stays on file, superseded.</source>
        <translation>Corrected under %1; the old paper stays on file, superseded.</translation>
    </message>
    <message>
        <source>Correct under a new number</source>
        <translation>Correct under a new number</translation>
    </message>
    <message>
        <source>Why is the paper corrected? (It stays on file, marked superseded; the correction takes the form&apos;s values and a new number.)</source>
        <translation>Why is the paper corrected? (It stays on file, marked superseded; the correction takes the form&apos;s values and a new number.)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::DueItemsModel</name>
    <message>
        <source>(unit)</source>
        <translation>(unit)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::EvidenceDialog</name>
    <message>
        <source>Add a file to case %1</source>
        <translation>Add a file to case %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the file to add</source>
        <translation>Choose the file to add</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind of material</source>
        <translation>Kind of material</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Date the material bears</source>
        <translation>Date the material bears</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::EvidencePanel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Add a file…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The case is archived: its file can no longer change (Art. 42).</source>
        <translation>The case is archived: its file can no longer change (Art. 42).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::FieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Give this date</source>
        <translation>Give this date</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>One instalment per line: due date and amount, e.g. 2026-12-31 50000</source>
        <translation>One instalment per line: due date and amount, e.g. 2026-12-31 50000</translation>
    </message>
    <message>
        <source>yuan, e.g. 150,000.00</source>
        <translation>yuan, e.g. 150,000.00</translation>
    </message>
    <message>
        <source>18 characters, GB 32100</source>
        <translation>18 characters, GB 32100</translation>
    </message>
    <message>
        <source>18 characters, GB 11643</source>
        <translation>18 characters, GB 11643</translation>
    </message>
    <message>
        <source>%1: this date is in the future.</source>
        <translation>%1: this date is in the future.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a due date (YYYY-MM-DD) followed by an amount.</source>
        <translation>%1: “%2” is not a due date (YYYY-MM-DD) followed by an amount.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::FirstStartDialog</name>
    <message>
        <source>Load the &amp;demo case set to try EcoClaim</source>
        <translation>Load the &amp;demo case set to try EcoClaim</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Case database</source>
        <translation>Case database</translation>
    </message>
    <message>
        <source>EcoClaim databases (*.db)</source>
        <translation>EcoClaim databases (*.db)</translation>
    </message>
    <message>
        <source>Database &amp;file</source>
        <translation>Database &amp;file</translation>
    </message>
    <message>
        <source>Only into an empty database: a few dozen realistic Shanghai cases at every stage</source>
        <translation>Only into an empty database: a few dozen realistic Shanghai cases at every stage</translation>
    </message>
    <message>
        <source>On &amp;this computer — one caseworker&apos;s database file</source>
        <translation>On &amp;this computer — one caseworker&apos;s database file</translation>
    </message>
    <message>
        <source>On the bureau&apos;s &amp;server — shared by every desk (PostgreSQL)</source>
        <translation>On the bureau&apos;s &amp;server — shared by every desk (PostgreSQL)</translation>
    </message>
    <message>
        <source>Where are the cases kept?</source>
        <translation>Where are the cases kept?</translation>
    </message>
    <message>
        <source>A single caseworker keeps the cases in a file on this computer. A bureau where several caseworkers share cases uses its server: ask the administrator for its address. Do not put a database file on a network share — two desks writing one file can damage it.</source>
        <translation>A single caseworker keeps the cases in a file on this computer. A bureau where several caseworkers share cases uses its server: ask the administrator for its address. Do not put a database file on a network share — two desks writing one file can damage it.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <source>Your &amp;login</source>
        <translation>Your &amp;login</translation>
    </message>
    <message>
        <source>The password is asked when EcoClaim connects; it is never stored.</source>
        <translation>The password is asked when EcoClaim connects; it is never stored.</translation>
    </message>
    <message>
        <source>Name the database file.</source>
        <translation>Name the database file.</translation>
    </message>
    <message>
        <source>Name the database on the server (ask the administrator).</source>
        <translation>Name the database on the server (ask the administrator).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::HelpWindow</name>
    <message>
        <source>EcoClaim Help</source>
        <translation>EcoClaim Help</translation>
    </message>
    <message>
        <source>Guide to the procedure</source>
        <translation>Guide to the procedure</translation>
    </message>
    <message>
        <source>The rules (沪环规〔2024〕5号)</source>
        <translation>The rules (沪环规〔2024〕5号)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About EcoClaim</source>
        <translation>About EcoClaim</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ImportCluesDialog</name>
    <message>
        <source>Import clues from a spreadsheet</source>
        <translation>Import clues from a spreadsheet</translation>
    </message>
    <message>
        <source>A CSV (UTF-8 or GB18030) or XLSX file; its first row names the columns</source>
        <translation>A CSV (UTF-8 or GB18030) or XLSX file; its first row names the columns</translation>
    </message>
    <message>
        <source>Only for headers that are not the fields&apos; names or labels</source>
        <translation>Only for headers that are not the fields&apos; names or labels</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save mapping as…</source>
        <translation>Save mapping as…</translation>
    </message>
    <message>
        <source>Spreadsheet:</source>
        <translation>Spreadsheet:</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is changed until you import.</source>
        <translation>Choose a file, then check it: nothing is changed until you import.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Spreadsheet to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Mappings (*.json)</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1: %n row(s). </source>
        <translation>
            <numerusform>Read as %1: %n row. </numerusform>
            <numerusform>Read as %1: %n rows. </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows listed (or the mapping) and check again.</source>
        <translation>Nothing was imported: correct the rows listed (or the mapping) and check again.</translation>
    </message>
    <message>
        <source>Every row can be registered. Nothing has been changed yet: Import registers them all as one batch.</source>
        <translation>Every row can be registered. Nothing has been changed yet: Import registers them all as one batch.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n clue(s) as batch %1. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</source>
        <translation>
            <numerusform>Imported %n clue as batch %1. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</numerusform>
            <numerusform>Imported %n clues as batch %1. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;clues from a spreadsheet…</source>
        <translation>Import &amp;clues from a spreadsheet…</translation>
    </message>
    <message>
        <source>Import a legacy case ledger</source>
        <translation>Import a legacy case ledger</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) as batch %1, each brought to its stage. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</source>
        <translation>
            <numerusform>Imported %n case as batch %1, brought to its stage. To take the whole batch back while nothing else has happened to it: ecoclaim-cli import undo %1.</numerusform>
            <numerusform>Imported %n cases as batch %1, each brought to its stage. To take the whole batch back while nothing else has happened to its cases: ecoclaim-cli import undo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a legacy case &amp;ledger…</source>
        <translation>Import a legacy case &amp;ledger…</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::MainWindow</name>
    <message>
        <source>EcoClaim — Ecological damage compensation cases</source>
        <translation>EcoClaim — Ecological damage compensation cases</translation>
    </message>
    <message>
        <source>Search titles, parties, addresses, descriptions (from one character)</source>
        <translation>Search titles, parties, addresses, descriptions (from one character)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export the major-case &amp;ledger…</source>
        <translation>Export the major-case &amp;ledger…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export the major-case ledger</source>
        <translation>Export the major-case ledger</translation>
    </message>
    <message>
        <source>major-case-ledger-%1.csv</source>
        <translation>major-case-ledger-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a year&apos;s &amp;holiday calendar…</source>
        <translation>Import a year&apos;s &amp;holiday calendar…</translation>
    </message>
    <message>
        <source>Import a year&apos;s holiday calendar</source>
        <translation>Import a year&apos;s holiday calendar</translation>
    </message>
    <message>
        <source>Holiday calendars (*.json)</source>
        <translation>Holiday calendars (*.json)</translation>
    </message>
    <message>
        <source>Calendar %1 imported; every deadline was recomputed with it.</source>
        <translation>Calendar %1 imported; every deadline was recomputed with it.</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;New clue…</source>
        <translation>&amp;New clue…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>&amp;Open the selected case</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Close the case tab</source>
        <translation>&amp;Close the case tab</translation>
    </message>
    <message>
        <source>Back to the case &amp;list</source>
        <translation>Back to the case &amp;list</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>C&amp;lear the filters</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Papers for the selected cases…</source>
        <translation>&amp;Papers for the selected cases…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export the case archive…</source>
        <translation>&amp;Export the case archive…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Verify an archive…</source>
        <translation>&amp;Verify an archive…</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first.</source>
        <translation>Select one or more cases in the list first.</translation>
    </message>
    <message>
        <source>Export the case archive</source>
        <translation>Export the case archive</translation>
    </message>
    <message>
        <source>Changes made on other desks will show after F5: %1</source>
        <translation>Changes made on other desks will show after F5: %1</translation>
    </message>
    <message>
        <source>Si&amp;gning key…</source>
        <translation>Si&amp;gning key…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::MyWorkView</name>
    <message>
        <source>Show items put off</source>
        <translation>Show items put off</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Action that settles it</source>
        <translation>Action that settles it</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>Put off</translation>
    </message>
    <message>
        <source>&amp;Do it</source>
        <translation>&amp;Do it</translation>
    </message>
    <message>
        <source>Open the case and the step that settles the item (Enter)</source>
        <translation>Open the case and the step that settles the item (Enter)</translation>
    </message>
    <message>
        <source>&amp;Put off…</source>
        <translation>&amp;Put off…</translation>
    </message>
    <message>
        <source>Put the item off until a later day, with the reason (recorded in the audit log)</source>
        <translation>Put the item off until a later day, with the reason (recorded in the audit log)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to do</source>
        <translation>
            <numerusform>%n item to do</numerusform>
            <numerusform>%n items to do</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>until %1: %2</translation>
    </message>
    <message>
        <source>Decision waiting for approval</source>
        <translation>Decision waiting for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Why is the decision refused?</source>
        <translation>Why is the decision refused?</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::NewClueDialog</name>
    <message>
        <source>Only to look for existing cases; add the party after registering</source>
        <translation>Only to look for existing cases; add the party after registering</translation>
    </message>
    <message>
        <source>Liable party named in the clue</source>
        <translation>Liable party named in the clue</translation>
    </message>
    <message>
        <source>A case about the same site or party may already exist — check before registering it again:</source>
        <translation>A case about the same site or party may already exist — check before registering it again:</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::PaperBatchDialog</name>
    <message>
        <source>Marked drafts (草稿)</source>
        <translation>Marked drafts (草稿)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>Generate a paper for %n case(s)</source>
        <translation>
            <numerusform>Generate a paper for %n case(s)</numerusform>
            <numerusform>Generate a paper for %n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Save into</translation>
    </message>
    <message>
        <source>Save the papers into</source>
        <translation>Save the papers into</translation>
    </message>
    <message>
        <source>Choose a folder to save the papers into.</source>
        <translation>Choose a folder to save the papers into.</translation>
    </message>
    <message>
        <source>Case %1: not generated</source>
        <translation>Case %1: not generated</translation>
    </message>
    <message>
        <source>Case %1: %2 %3 → %4</source>
        <translation>Case %1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>Case %1: the file %2 could not be written.</source>
        <translation>Case %1: the file %2 could not be written.</translation>
    </message>
    <message>
        <source>%1 paper(s) generated, %2 not.</source>
        <translation>%1 paper(s) generated, %2 not.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::PaymentsDue</name>
    <message>
        <source>&lt;b&gt;Due, paid and owed&lt;/b&gt; (payments count against the earliest instalment first)</source>
        <translation>&lt;b&gt;Due, paid and owed&lt;/b&gt; (payments count against the earliest instalment first)</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Due (yuan)</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::ReportView</name>
    <message>
        <source>Annual report (Art. 36)</source>
        <translation>Annual report (Art. 36)</translation>
    </message>
    <message>
        <source>Clue screening results (Art. 36)</source>
        <translation>Clue screening results (Art. 36)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>The whole city</translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation>Every handling unit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Click a number to list the cases behind it; double-click a case to open it.</source>
        <translation>Click a number to list the cases behind it; double-click a case to open it.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Save PDF and XLSX…</source>
        <translation>Save PDF and XLSX…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) behind this figure: click to list them.</source>
        <translation>
            <numerusform>%n case behind this figure: click to list them.</numerusform>
            <numerusform>%n cases behind this figure: click to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3: %n case(s).</source>
        <translation>
            <numerusform>%1 · %2 · %3: %n case.</numerusform>
            <numerusform>%1 · %2 · %3: %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>annual-report-%1.pdf</translation>
    </message>
    <message>
        <source>screening-results-%1-%2.pdf</source>
        <translation>screening-results-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SectionTabs</name>
    <message>
        <source>Sections of the case</source>
        <translation>Sections of the case</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SelfCheckView</name>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>The case is archived: its file is frozen (Art. 42).</source>
        <translation>The case is archived: its file is frozen (Art. 42).</translation>
    </message>
    <message>
        <source>Nothing is missing: the case file can be archived.</source>
        <translation>Nothing is missing: the case file can be archived.</translation>
    </message>
    <message>
        <source>The case file cannot be archived yet. Missing:</source>
        <translation>The case file cannot be archived yet. Missing:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a problem and its article</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>At least 5 full working days between service and meeting (stricter)</source>
        <translation>At least 5 full working days between service and meeting (stricter)</translation>
    </message>
    <message>
        <source>The meeting may be on the 5th working day after service</source>
        <translation>The meeting may be on the 5th working day after service</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <source>Consultation notice served &quot;5 working days before&quot; (Art. 19)</source>
        <translation>Consultation notice served &quot;5 working days before&quot; (Art. 19)</translation>
    </message>
    <message>
        <source>Warn this many days before a deadline</source>
        <translation>Warn this many days before a deadline</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Bureau: deadlines</source>
        <translation>Bureau: deadlines</translation>
    </message>
    <message>
        <source>Bureau: issuing units</source>
        <translation>Bureau: issuing units</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Bureau settings are kept in the database and are the same for every desk that opens it. Each change is recorded in the audit log with the old and the new value.</source>
        <translation>Bureau settings are kept in the database and are the same for every desk that opens it. Each change is recorded in the audit log with the old and the new value.</translation>
    </message>
    <message>
        <source>The language and the window&apos;s layout belong to this computer only.</source>
        <translation>The language and the window&apos;s layout belong to this computer only.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>An empty field prints the default shown in grey (from the district and the department).</source>
        <translation>An empty field prints the default shown in grey (from the district and the department).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SignInDialog</name>
    <message>
        <source>Sign in to EcoClaim</source>
        <translation>Sign in to EcoClaim</translation>
    </message>
    <message>
        <source>This database has accounts. Sign in with your login and password.</source>
        <translation>This database has accounts. Sign in with your login and password.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SigningKeyDialog</name>
    <message>
        <source>Signing key of the unit</source>
        <translation>Signing key of the unit</translation>
    </message>
    <message>
        <source>the unit&apos;s name, as its papers print it</source>
        <translation>the unit&apos;s name, as its papers print it</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Replace the current key (it stays trusted, so archives it signed still verify)</source>
        <translation>Replace the current key (it stays trusted, so archives it signed still verify)</translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation>Create the signing key</translation>
    </message>
    <message>
        <source>New signing key (SM2 with SM3)</source>
        <translation>New signing key (SM2 with SM3)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <source>Keys whose signatures on case archives this database accepts:</source>
        <translation>Keys whose signatures on case archives this database accepts:</translation>
    </message>
    <message>
        <source>this unit&apos;s signing key</source>
        <translation>this unit&apos;s signing key</translation>
    </message>
    <message>
        <source>this unit&apos;s, retired %1 — still trusted</source>
        <translation>this unit&apos;s, retired %1 — still trusted</translation>
    </message>
    <message>
        <source>another unit&apos;s key, trusted</source>
        <translation>another unit&apos;s key, trusted</translation>
    </message>
    <message>
        <source>None yet: create the unit&apos;s signing key below; no archive can be exported without it.</source>
        <translation>None yet: create the unit&apos;s signing key below; no archive can be exported without it.</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>Create a new signing key</translation>
    </message>
    <message>
        <source>Created. Fingerprint %1 — give it to the units that receive your archives, so they can check it before trusting the key.</source>
        <translation>Created. Fingerprint %1 — give it to the units that receive your archives, so they can check it before trusting the key.</translation>
    </message>
    <message>
        <source>Only an administrator creates the unit&apos;s signing key (as ecoclaim-cli key create).</source>
        <translation>Only an administrator creates the unit&apos;s signing key (as ecoclaim-cli key create).</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::StatisticsPage</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Search titles, parties, addresses, descriptions</source>
        <translation>Search titles, parties, addresses, descriptions</translation>
    </message>
    <message>
        <source>Only the cases whose clue was received in the period; the flow shows its months.</source>
        <translation>Only the cases whose clue was received in the period; the flow shows its months.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) under these filters. Click a bar for the cases behind it.</source>
        <translation>
            <numerusform>%n case under these filters. Click a bar for the cases behind it.</numerusform>
            <numerusform>%n cases under these filters. Click a bar for the cases behind it.</numerusform>
        </translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::SuccessText</name>
    <message>
        <source>%1: payment of %2 yuan recorded (%3); %4 yuan still owed.</source>
        <translation>%1: payment of %2 yuan recorded (%3); %4 yuan still owed.</translation>
    </message>
    <message>
        <source>%1: payment of %2 yuan recorded; %3 yuan still owed.</source>
        <translation>%1: payment of %2 yuan recorded; %3 yuan still owed.</translation>
    </message>
    <message>
        <source>%1: %2 — done.</source>
        <translation>%1: %2 — done.</translation>
    </message>
</context>
<context>
    <name>ecoclaim::ui::TimelineModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Changed (old → new)</source>
        <translation>Changed (old → new)</translation>
    </message>
</context>
</TS>
