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
        <source>Usage: rampart-cli COMMAND FILE [OPTIONS]

Works on a Rampart ISMS file (.isms) without the GUI.

Commands:
  new FILE [--org NAME]       create a new ISMS file with the ISO/IEC 27001:2022 catalog
  sample FILE                 create FILE with the bundled sample ISMS
  info FILE [--json]          file format, organisation, catalog and register counts
  check FILE                  check that FILE is a healthy Rampart file (exit 1 if not)
  export FILE --json OUT      write the whole document as JSON
  import FILE --json IN       replace the document&apos;s content with a JSON export

Exit status: 0 success, 1 failure (one line on stderr says why), 2 usage error.
</source>
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
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Rampart ISMS files (*.isms);;All files (*)</source>
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
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>rampart::Document</name>
    <message>
        <source>Content replaced from an import</source>
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
        <source>Clauses 10.1 and 10.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities with correction, root cause, corrective actions and verification of effectiveness, and the continual improvement log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents for auditors and top management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports with cover page, document control and page x of y: the Statement of Applicability, the risk register and treatment plan, audit plans and reports, the nonconformity register and an ISMS status summary.</source>
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
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the Annex A controls this file carries</source>
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
        <source>Scope statement</source>
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
    <message numerus="yes">
        <source>%n exclusion(s), %1 without justification</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exclusion(s), all justified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 clauses and sub-clauses, %3 Annex A controls (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file format %2)</source>
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
