<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalog</name>
    <message>
        <source>Control type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has a broken control entry (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog maps %1 to an unknown control %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;rampart-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to file format %2; the old file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the sample ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --json OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --json IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: print JSON. export/import: the JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rampart-cli COMMAND FILE [OPTIONS]

Works on a Rampart ISMS file (.isms) without the GUI.

Commands:
  new FILE [--org NAME]       create a new ISMS file with the ISO/IEC 27001:2022 catalog
  sample FILE                 create FILE with the bundled sample ISMS
  info FILE [--json]          file format, organisation, catalog and register counts
  check FILE                  check that FILE is a healthy Rampart file (exit 1 if not)
  export FILE --json OUT      write the whole document as JSON
  import FILE --json IN       replace the document&apos;s content with a JSON export
  report FILE KIND --pdf OUT  print a report as PDF [--paper a4|letter]
                              [--classification TEXT]; KIND: %1
                              management-review: [--review N] (MR-02 or 2;
                              default: the latest review)

Exit status: 0 success, 1 failure (one line on stderr says why), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --pdf OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review is for the management-review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review needs a review reference or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>report: the PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the classification label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report management-review: which review (MR-02 or 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs FILE and KIND (one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1, column %2: the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it is not a Rampart ISMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rampart ISMS file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its own header says, so part of it is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rampart ISMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unfinished Rampart file (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rampart (file format %2; this version reads formats up to %3). Update Rampart to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so changes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open in another Rampart (process %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open in another program, or its lock cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the database check failed: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older file format (%2) and must be upgraded before it can be opened, but it cannot be written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed cleanly and needs recovery, which is not possible while it cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not closed cleanly: a write was cut off. Open it in Rampart to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row in %1 points to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to upgrade %1 to file format %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot be taken while a change is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <source>File:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format:       %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:           %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog:           %1 (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope statement:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope exclusions:  %1 (%2 without justification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log:        %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet (clause 4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements:      %1 of %2 done, %3 in progress, %4 not started, %5 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:         %1 (%2 overdue for review, %3 due within 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives:        %1 (%2 at risk, %3 past their due date, %4 achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement:       %1 metrics, %2 values%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, latest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review actions:    %1 open, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement log:   %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA implementation:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks above threshold:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue treatment actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nonconformities:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next audit:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information required by clauses 4 to 10:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change is a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning on climate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval date recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether the ISMS addresses these requirements (4.2 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date %1 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective needs a measure and an owner (6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date %1 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal and external issues that bear on what the ISMS can achieve: market, legal, technical, organisational and environmental matters. Note what each means for the ISMS and how the ISMS responds to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means for the intended outcomes of the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls, objectives, risks or decisions that deal with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a stake in the organisation&apos;s information security, what they require, and which of those requirements the ISMS takes on (4.2 c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, regulator, staff, a supplier...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal, contractual and other requirements they have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed through the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ISMS meets them, or why it does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes the ISMS is made of and how they interact: who owns each, what goes in and what comes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other processes it feeds or depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds which information security role, with the responsibilities and authorities top management has assigned and communicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person (or a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the role may decide or approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documented information of the ISMS: policies, procedures, plans and records, with version, owner, approval and review dates, where each is kept and which clauses and controls it serves (5.2, 7.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public, internal, confidential...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the controlled copy is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security objectives, measurable where practicable: what will be done, with which resources, who owns it, by when, and how the result is evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How achievement is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks at the result, when, and against what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is monitored and measured, by which method, how often and by whom, with the values recorded over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the data and how the value is worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%, days, count...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target as a number, for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values recorded for the metric, with the date each applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the ISMS, made in a planned way: why, what could follow from them, the resources they need and who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence or awareness record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence and awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence that the people whose work affects information security are competent for it (7.2), and that everyone knows the policy, their part in the ISMS and what not following it means (7.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence (7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness (7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence or awareness needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate, training record, attendance list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is communicated about information security, when, with whom, by whom and how, inside the organisation and outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who communicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management&apos;s reviews of the ISMS at planned intervals: the inputs a) to g) of 9.3.2, what was said about each, and the decisions and actions that came out of it (9.3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a): actions from previous reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes b): changes in external and internal issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes c): changes in interested parties&apos; needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes d): information security performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from interested parties (e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer questionnaires, complaints, auditors&apos; remarks...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes f): risk assessment and treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes g): opportunities for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the ISMS still suitable, adequate and effective?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the review: decisions on improvement and on changes to the ISMS, and the actions that follow, each with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities to make the ISMS more suitable, adequate and effective: where each came from, what was decided and where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer or other interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each requirement of clauses 4 to 10 stands and where it is met. Rampart pre-fills the status from the records in this file; a status you set yourself always wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records, documents, meetings or systems that show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonIo</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Rampart ISMS export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion: expected a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of Rampart (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog.standard: the export is based on &quot;%1&quot;, but this file carries &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation.uid: &quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.exclusion: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.uid: &quot;%2&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.uid: &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-clause of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation.climateChangeRelevant: expected &quot;yes&quot;, &quot;no&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagementReviewInputs</name>
    <message>
        <source>a) Status of actions from previous management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) Changes in external and internal issues relevant to the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c) Changes in needs and expectations of interested parties relevant to the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d) Feedback on information security performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e) Feedback from interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f) Results of risk assessment and status of the risk treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g) Opportunities for continual improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the decision whether climate change is a relevant issue changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the reasoning on climate change was revised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagementReviewPack</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change log of this file starts on %1, after this review: the changes before the review are not recorded in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the year up to %1 (no earlier management review is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the previous management review, %1 on %2, up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this file was replaced by an import on %1: changes are listed from then on; what changed before the import is not in the file&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s change log starts on %1: changes are listed from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or actions from earlier management reviews are recorded in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) and action(s) from earlier reviews: %1 still open, %2 of them overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) recorded now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue was added, changed or removed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change (clause 4.1, Amendment 1:2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file records no decision yet on whether climate change is a relevant issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current decision: climate change is a relevant issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current decision: climate change is not a relevant issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision whether climate change is a relevant issue did not change in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interested part(ies) recorded now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interested party or requirement was added, changed or removed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1) Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity data in this file yet: nonconformities and corrective actions are not part of this version of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2) Monitoring and measurement results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics are defined in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no numeric target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n value(s) in the year)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3) Audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit data in this file yet: internal audits are not part of this version of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4) Fulfilment of information security objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security objectives are recorded in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rampart keeps no other record of feedback from interested parties: write it in the minutes of this input (customer questionnaires and complaints, remarks from auditors and regulators, staff feedback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: the risk register and the risk treatment plan are not part of this version of Rampart. Their figures will appear here when they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement opportunity was raised in this period and none is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities raised in this period, and those still open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs for the next management review, prepared on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year up to %1 (no earlier management review is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review is recorded in this file yet. Rampart assembled the inputs as of today, to prepare the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is planned. Rampart assembled the inputs from the file; the minutes are written at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 9.3.2 asks top management to consider inputs a) to g). For each, the pack shows what Rampart assembled from the ISMS file, then the minutes of the discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembled by Rampart from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes recorded for this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be minuted at the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions or actions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the review (clause 9.3.3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Rampart ISMS files (*.isms);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>Every %1 needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used by another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 belongs to a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the linked row no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clause of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every row belongs to a clause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by Rampart %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Context and ISMS scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile and the ISMS scope with boundaries, interfaces and justified exclusions (clause 4.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS status summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the ISMS at a glance, for top management and the management review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One management review (clause 9.3): inputs a) to g) assembled from the file with the minutes of each, the conclusions, decisions and actions. Without a review recorded, the inputs as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security management system, ISO/IEC 27001:2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope statement has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS scope (clause 4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is excluded from the scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No justification recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no management review %1: this file has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no management review %1 (this file has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of clauses 4 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 in progress, %4 not started, %5 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change (4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2 at risk, %3 past the due date, %4 achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ISMS stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information required by clauses 4 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file carries the catalog of %1 (revision %2): %3 clauses and sub-clauses and %4 Annex A controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in the file&apos;s audit trail; the latest:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementRules</name>
    <message>
        <source>Pre-filled by Rampart from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled by Rampart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents serving %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rampart cannot see this in the records it keeps: set the status yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issues and no decision on climate change recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the climate change decision; no issues are recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s); the decision whether climate change is a relevant issue (Amd 1:2024) is missing or has no reasoning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) and the reasoned decision that climate change is %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interested parties recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interested parties, %2 of them without the decision whether the ISMS addresses their requirements (4.2 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interested part(ies), each with the decision whether the ISMS addresses their requirements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no scope statement written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scope exclusions; the scope statement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the scope statement; %n exclusion(s) without justification</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the scope statement, with nothing excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the scope statement and %n justified exclusion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no ISMS processes recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ISMS processes, %2 of them without an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ISMS process(es), each with an owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the document register: serves 5.2, approved and within its review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the document register, which serves 5.2 but has no approval date or is overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n polic(ies) in the document register, none marked as serving clause 5.2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no information security policy in the document register yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles, %2 of them without a person or responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s), each held by someone with responsibilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The risk register is not part of this version of Rampart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no risks assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessed risk(s), %1 above the acceptance threshold, %2 overdue treatment action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no information security objectives recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objectives, %2 of them without a measure or an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s), each with a measure and an owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No planned changes are recorded. Clause 6.3 applies when the ISMS changes: record each change there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned changes, %2 of them without purpose, consequences, resources or responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned change(s) with purpose, consequences, resources and responsibilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no competence records yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 competence records, %2 of them without evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n competence record(s) with evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no awareness records yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n awareness record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no communication plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned communications, %2 of them without when, with whom or how</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned communication(s) with what, when, with whom and how</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no documents in the register yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the register; %1 item(s) of the documented information the standard requires are missing or incomplete</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the register and every required item Rampart tracks present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the document register: %1 without an approval date, %2 without a version or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the document register: all %n document(s) with version, owner and approval date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the document register: %1 overdue for review, %2 without classification or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the document register: all %n document(s) classified, located and within their review date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>7.5.1 to 7.5.3, not all of which are met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7.5.1 to 7.5.3, all met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metrics, %2 of them without a value in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s), each with values from the last 12 months (%1 values in all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Internal audits are not part of this version of Rampart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no internal audit in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n internal audit(s) in the last 12 months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no management review held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, which is more than 12 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, with %3 of the seven inputs a) to g) minuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: held in the last 12 months with all seven inputs minuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest review, %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the seven inputs a) to g) minuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which has no conclusions, decisions or actions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: conclusions and %n decision(s) or action(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no entries in the improvement log yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n improvement log entr(ies), none decided yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement log entr(ies), %1 of them decided</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions are not part of this version of Rampart yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open nonconformit(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not approved or overdue for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document in the register serves clause %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document register lists %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISMS scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scope statement written; %n exclusion(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scope statement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk treatment process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applicable controls, %2 implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability comes with its own area of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk treatment plan, approved by the risk owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue treatment action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The risk register comes with its own area of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information security objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s), %1 without a measure or owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence of competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competence records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n competence record(s), %1 without evidence</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Documented information the organisation itself decided it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The document register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence that processes ran as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) assessed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results of the risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of monitoring and measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metrics, %2 recorded values, the latest of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the audit programme and the audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audits come with their own area of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 with %n decision(s) and action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities, the actions taken and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities come with the improvement area of Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rampart: an ISO/IEC 27001:2022 ISMS workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .isms file to open (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area to show first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::CatalogPage</name>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Rampart does not record applicability decisions yet. What you see here is the Annex A catalog that this file carries: the 93 controls of ISO/IEC 27001:2022 with their ISO/IEC 27002 attributes, a description and an audit question for each. The SoA (decision, justification, implementation status, owner and linked risks per control) will be built on these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search controls: id, title, theme or attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a control to see its description and audit question.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Annex A wording: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Audit question:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;New in the 2022 edition.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;ISO/IEC 27001:2013 predecessors: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ClimateDecisionCard</name>
    <message>
        <source>Is climate change a relevant issue for the organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 4.1 as amended in 2024 asks every organisation to decide this and keep the reasoning. If it is relevant, record it as an issue below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it is relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is, or is not, relevant: physical risks to sites and suppliers, customers&apos; and regulators&apos; expectations, the organisation&apos;s own commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet. An auditor will ask for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the reasoning: the decision alone does not show how it was reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::CodeSetField</name>
    <message>
        <source>None; type codes separated by commas, or choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::Commands</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ContextPage</name>
    <message>
        <source>Add exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the organisation is, and which part of it the ISMS covers. Changes are saved to the file as you type and can be undone with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your ISMS documents use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What business it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs the ISMS day to day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and addresses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products, services, customers, the information it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS scope (clause 4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State what the ISMS covers, where its edges are, and how it connects to what lies outside. Take into account the issues and interested parties of 4.1 and 4.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope as it will appear on the certificate and in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational, physical and technical boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers, outsourced processes, other parts of the group, customers&apos; systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything deliberately left out of the scope, each with the reason. An auditor will ask for the justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and scope (4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues (4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested parties (4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes (4.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (5.3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ControlCatalogModel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::Document</name>
    <message>
        <source>Content replaced from an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::EmptyAreaPage</name>
    <message>
        <source>Not in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ImprovementPage</name>
    <message>
        <source>Improvement (10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nonconformities and corrective actions (10.2)&lt;/b&gt; are not in this version of Rampart yet: record them where you keep them today, and note that place on the Requirements checklist under 10.2. They will get a register of their own here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::MainWindow</name>
    <message>
        <source>New ISMS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS.isms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ISMS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copy.isms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rampart %1&lt;/h3&gt;&lt;p&gt;A workbench for an information security management system under ISO/IEC 27001:2022: one file per organisation, offline.&lt;/p&gt;&lt;p&gt;Control and clause titles are those of ISO/IEC 27001:2022 and ISO/IEC 27002:2022; all descriptions and guidance are Rampart&apos;s own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older Rampart and has been upgraded. The file as it was before is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Rampart never overwrites an ISMS file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 6.1.2, 6.1.3, 8.2 and 8.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk method (scales, matrix, acceptance criteria), the asset inventory, the risk register with inherent and residual ratings, the risk treatment plan and the risk owners&apos; acceptance of residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 9.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internal audit programme over the certification cycle, audit plans with scope, criteria and agenda, checklists generated from the scope, and findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2%3 — Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you make them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document register (7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence and awareness (7.2, 7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan (7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives (6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements (9.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes (6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::MeasurementsTab</name>
    <message>
        <source>Recorded values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded values of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::OverviewPage</name>
    <message>
        <source>ISMS scope (clause 4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organisation profile and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this file is recorded with who made it and when; this is the ISMS&apos;s own audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope statement yet. Clause 4.3 asks for the scope to be available as documented information: write it under Context and scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ISMS stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information clauses 4 to 10 require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the records behind this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present, %2 incomplete, %3 missing, %4 not tracked in this version yet. Hover over an item for what Rampart found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ISMS under %1 · %n change(s) recorded in this file · &lt;a href=&quot;soa&quot;&gt;browse the %2 Annex A controls&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements (4 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 in progress, %4 not started, %5 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change (4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: is it a relevant issue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: not a relevant issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents in the register yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for review (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n more due within 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Documents due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None planned, and none held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned; the last was %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open, %1 overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Objectives (6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s): %1 at risk, %2 past the due date, %3 achieved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Measurement (9.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s), latest value %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement log (10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SoA implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applicable controls implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue treatment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RecordStore</name>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headcount must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no rows to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no rows to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The climate change decision must be yes, no or not decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RegisterForm</name>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RegisterModel</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RegisterPanel</name>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen %1 (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row in the table to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted rows need attention: hover over one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 recorded yet.
Use “%2” to record the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to hand to auditors and top management: cover page, document control, contents, and page x of y on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RequirementChecklistModel</name>
    <message>
        <source>Set by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by you. Rampart&apos;s own assessment: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RequirementsPage</name>
    <message>
        <source>Open the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the competence and awareness records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the improvement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Risks area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Audits area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of clauses 4 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a certification audit walks through, clause by clause. Rampart pre-fills the status from the records in this file and says what it read; a status you set yourself always wins (choose “Rampart&apos;s assessment” to hand it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed by Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rampart&apos;s assessment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Rampart&apos;s assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 done&lt;/b&gt; · %3 in progress · %4 not started · %5 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;An auditor may ask:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Documented information:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ReviewPage</name>
    <message>
        <source>a) Earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b) Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c) Interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d) Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e) Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f) Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g) Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review pack as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review (9.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assembled by Rampart from the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and actions (9.3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the management review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review above. Meanwhile the tabs show what Rampart would put before a review held today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review is recorded yet. The tabs show what Rampart would put before a review held today; add a review to plan it and write its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the inputs as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the review pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ScopeExclusionModel</name>
    <message>
        <source>Every exclusion needs a justification (clause 4.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scope exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scope exclusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::TrendChart</name>
    <message>
        <source>No values recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::WelcomePage</name>
    <message>
        <source>Welcome to Rampart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rampart keeps an organisation&apos;s whole information security management system under ISO/IEC 27001:2022 in one file: context and scope, risks, the Statement of Applicability, audits and improvement. Everything stays on this computer and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ISMS file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete example ISMS of a fictional 150-person software company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to Rampart? Open the sample to see a filled-in ISMS of Kestrel Cloudworks, a fictional software company. It is a copy of its own: change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
