<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditJson</name>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the uid of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
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
        <source>expected a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of clauses and controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the reference as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit programme has the uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit has the uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist item has the uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist item belongs to another audit than &quot;audit&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nonconformity can only be closed once it is verified as effective (verificationResult &quot;effective&quot; and verifiedOn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before verifiedOn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReports</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor&apos;s own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None besides the lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and processes in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas or processes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses and controls in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clauses or controls chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrective action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives, scope and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of the audit team owns an area, process or control in this audit&apos;s scope (clause 9.2.2 b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impartiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per question. Tick the result, write what you examined and whom you spoke to. Results are entered in Rampart afterwards, by hand or from the CSV worksheet; the item key links the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has not been generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor NC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major NC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause/control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence examined and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA: %1, %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit has no checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: every assessed item conforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformities have been raised from this audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) graded as nonconformity have no nonconformity record yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist with results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report prints one audit: name it by its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit %1 (the file has no audits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit %1 (audits: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformities have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrective action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities in detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>An audit needs a reference, such as IA-2026-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another audit already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audits</name>
    <message>
        <source>The file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management system (clauses 4 to 10) as ISMS manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the audit team but owns %2, which is in this audit&apos;s scope: an auditor should not audit their own work (clause 9.2.2 b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no clauses or controls in its scope yet: choose them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of %1 already has an item for every clause and control in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate checklist of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not graded as a major or minor nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been raised from item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding against %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence examined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised from checklist item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise nonconformity from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every major and minor nonconformity of %1 already has its nonconformity record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise nonconformities from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: no corrective action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting verification of effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective: further action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified effective: ready to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be closed yet: its corrective action must first be verified as effective (clause 10.2). Record who verified it, when, and the result &quot;Effective&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ChecklistItemStore</name>
    <message>
        <source>Clause/control: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist of this audit already has an item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Internal audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recertification audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
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
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
        <source>Exported %1 to %2</source>
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
    <message>
        <source>
Fields for --map (or &quot;ignore&quot;):
  risks:  %1
  assets: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--risks needs a number of risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assets needs a number of assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the sample ISMS and %2 generated risks and %3 assets in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the Statement of Applicability was not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: SoA %1 %2: %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability: complete, no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statement of Applicability: %n completeness finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SoA completeness finding(s) (--strict)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>there is no audit %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --worksheet needs --audit REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --audit needs --worksheet OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the checklist of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --worksheet needs --audit REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --audit needs --worksheet IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes either --json/--soa or --audit REF --worksheet OUT, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --json OUT, --soa CSV, --risks OUT, --treatment-plan OUT or --assets OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the Statement of Applicability of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the %1 of %2 to %3 (1 row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the %1 of %2 to %3 (%4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rampart-cli: %n problem(s); nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would change %2 (%3) in %4; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 changed (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: neither file has a column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem found; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes either --json/--soa or CSV files (--risks, --assets), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes either --json/--soa or --audit REF --worksheet IN, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs either --json IN or --soa CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with --soa, --worksheet, --risks or --assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 needs --audit REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export/import: the SoA spreadsheet (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: fail on SoA completeness findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --soa: check only, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import/export: the risk register CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import/export: the asset inventory CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the treatment plan CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: column mapping corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header=field,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit, by its reference (IA-2026-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export/import: the audit&apos;s checklist worksheet (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rampart-cli COMMAND FILE [OPTIONS]

Works on a Rampart ISMS file (.isms) without the GUI.

Commands:
  new FILE [--org NAME]       create a new ISMS file with the ISO/IEC 27001:2022 catalog
  sample FILE                 create FILE with the bundled sample ISMS
  info FILE [--json]          file format, organisation, catalog and register counts
  check FILE [--strict]       check that FILE is a healthy Rampart file (exit 1 if not), then
                              list the gaps in its Statement of Applicability as warnings
                              (with --strict, exit 1 when there is any)
  export FILE --json OUT      write the whole document as JSON
  export FILE --soa CSV       write the Statement of Applicability as a spreadsheet (CSV)
  import FILE --json IN       replace the document&apos;s content with a JSON export
  import FILE --soa CSV [--dry-run]
                              update the Statement of Applicability from a spreadsheet,
                              matched by control; any problem changes nothing (exit 1);
                              --dry-run checks and reports without writing
  report FILE KIND --pdf OUT  print a report as PDF [--paper a4|letter]
                              [--classification TEXT]
                              KIND: %1
                              management-review: [--review N] (MR-02 or 2;
                              default: the latest review)
                              audit-plan and audit-report: --audit REF
  export FILE --audit REF --worksheet OUT
                              write an audit&apos;s checklist as a CSV worksheet to fill in
  import FILE --audit REF --worksheet IN [--dry-run]
                              read a filled-in worksheet back into the audit&apos;s checklist;
                              nothing is written if any row has a problem
  export FILE [--risks OUT] [--treatment-plan OUT] [--assets OUT]
                              write the risk register, treatment plan or assets as CSV
  import FILE [--assets IN] [--risks IN] [--map &apos;Header=field,...&apos;] [--dry-run]
                              add assets and risks from CSV files (UTF-8, comma or
                              semicolon); prints the column mapping and every problem,
                              and writes nothing if there is any

Exit status: 0 success, 1 failure (stderr says why), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audits needs a number of audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample: generated internal audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 and %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 and %2 would be imported; nothing was written.</source>
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
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA:               %1 of %2 controls decided (%3 own); %4 applicable, %5 excluded, %6 implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SoA completeness:  %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SoA approved:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme:   none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme:   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audits:   %1 done, %2 planned; coverage %3% planned, %4% audited (%5 not covered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next audit:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities:   %1 open of %2, %3 overdue corrective action(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk method:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks:             %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold:   %1 risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan:    %1 actions, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances:       %1, %2 needing renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no control decided applicable yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawnTable</name>
    <message>
        <source>(continued)</source>
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
    <message>
        <source>SoA entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved SoA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance of processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of previous audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses and controls in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause/control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost or effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
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
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1 or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of undecided, applicable, not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected reasons from risk_treatment, legal, contractual, business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of not_started, planned, partial, implemented, not_applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the decision &quot;%2&quot; (not_applicable goes with not_applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soa: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.control: &quot;%2&quot; is not an Annex A control of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.control: &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reference: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reference: &quot;%2&quot; is an Annex A control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reference: &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.theme: &quot;%2&quot; is not a theme of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.number: expected a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.number: version %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.colour: &quot;%2&quot; is not a colour (use #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskMethod.matrix: expected one row per likelihood level (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskMethod.matrix[%1]: expected one level per impact level (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskMethod.matrix[%1][%2]: &quot;%3&quot; is not one of the levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskMethod.acceptanceThreshold: &quot;%1&quot; is not one of the levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.reference: &quot;%2&quot; is empty or appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.properties: expected C, I and A in that order (&quot;CIA&quot;, &quot;CA&quot;, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.assets: there is no asset &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.acceptedOn: is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>riskMethod: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.plannedControls: &quot;%2&quot; is not an Annex A control of %3, nor one of the organisation&apos;s own controls (soa.ownControls)</source>
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
    <name>NonconformityStore</name>
    <message>
        <source>A nonconformity needs a reference, such as NC-004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another nonconformity already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed. Reopen it (clear the closure date) before changing the result of the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed. Reopen it (clear the closure date) before removing the date of the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be closed yet: its corrective action must first be verified as effective (clause 10.2). Record who verified it, when, and the result &quot;Effective&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be closed on %2, before its effectiveness was verified on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnControlStore</name>
    <message>
        <source>An own control needs a reference, such as ORG-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Annex A control; give your own control another reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another own control already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a theme of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The own control no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Rampart ISMS files (*.isms);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
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
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Annex A control and every own control with the decision, the reasons or the justification for exclusion, the implementation status and description, and the owner (clause 6.1.3 d); with its approved versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One audit&apos;s scope, criteria, team and agenda, and its checklist with room to write: the pages an auditor takes into the audit (clause 9.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One audit&apos;s summary, results by outcome, findings and the nonconformities raised from it with their corrective actions (clause 9.2.2 c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of nonconformities with correction, root cause, corrective actions, verification of effectiveness and closure (clause 10.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 6.1.3 d) of ISO/IEC 27001:2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 approved on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Statement of Applicability lists every control of ISO/IEC 27001:2022 Annex A and every additional control of the organisation, whether it is applied, why it is included or why it is excluded, and how far it is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) changed since version %1 was approved; this print shows the current state.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls (Annex A, clause %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional controls of the organisation (clause 6.1.3 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation has not added controls beyond Annex A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps Rampart found in this Statement of Applicability at the time of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register and risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment method (scales, matrix, levels, acceptance criteria), heat maps before and after treatment, a summary of the results and the full risk register (clauses 6.1.2, 8.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each treated risk with its option, controls and actions (owner, due date, status), the actions by owner, and the risk owners&apos; acceptance of residual risks with a sign-off block (clauses 6.1.3 e and f, 8.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances of residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 needing renewal or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In detail: the reports “%1” (report kind risks) and “%2” (report kind treatment-plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control decided applicable yet</source>
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
    <message>
        <source>No nonconformity recorded in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 approved; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 controls decided, %3 applicable, %4 implemented, %n open point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No nonconformity recorded in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>&quot;%1&quot; is not an Annex A control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause; Annex A controls are written A.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a clause nor an Annex A control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskCsv</name>
    <message>
        <source>1 to %1, or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported: derived from the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not Header=field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column and &quot;%1&quot; both mean %2: map one of them to another field or to ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the %1: map one with %2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2 (a missing or extra delimiter?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 appears twice (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 is already used in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the %2 scale (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no asset with the reference or name &quot;%1&quot; (import the assets first, or leave this column out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name confidentiality (C), integrity (I) or availability (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option (modify, retain, avoid or share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk status (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
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
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of %2, nor one of the organisation&apos;s own controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMethod</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected in the next five years; no known occurrence here or at peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could happen once in three to five years; has happened at peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could happen once in one to three years; has happened here before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected about once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected several times a year, or already happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No noticeable effect on customers; handled in normal operations; cost under 5,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short disruption or a few customers affected; no personal data breach; cost under 50,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service degraded for many customers for hours, or a reportable personal data breach of limited size; cost under 250,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage of a day or more, breach of many customers&apos; data, regulator involvement, lost contracts; cost under 1 million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatens the company: prolonged outage, large breach, loss of certification or key customers; cost over 1 million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks rated Low or Medium after treatment may be accepted by the risk owner. High and Critical risks must be treated; where that is not possible or not proportionate, retaining them needs a written justification and the acceptance of top management. Every acceptance is reviewed at least once a year and whenever the risk&apos;s rating or treatment changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scale must have %2 to %3 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scale must be numbered 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of the %2 scale needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 scale uses the label &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method needs at least one risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method can have at most %1 risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk level needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk level &quot;%1&quot; needs a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two risk levels are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix must have one level for each of the %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell of the matrix must name one of the risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance threshold must be one of the risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review interval must be 1 to 60 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 (likelihood x impact); levels %3; accept up to %4; review every %5 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReports</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1 × I%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood ↓ / Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 risks rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) without this rating are not in the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment results, clauses 6.1.2 and 8.2 of ISO/IEC 27001:2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document holds the organisation&apos;s information security risk assessment: the method by which risks are identified, analysed and evaluated (clause 6.1.2), the results as heat maps and figures, and the risk register with every risk, its owner, its rating before and after treatment and the treatment chosen (clause 8.2). Ratings are derived from the likelihood and impact through the method below; &quot;now&quot; means the residual rating where it is given, else the inherent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no risks yet: the risk assessment has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated before treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated after treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of a risk is read from its likelihood (row) and its impact (column); its score is likelihood × impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be accepted by the risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold: to be treated, or retained with a written justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks up to and including the level %1 may be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Risk assessment method (clause 6.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of risks in each cell of the risk matrix, before treatment (inherent rating) and after treatment (residual rating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before treatment (inherent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After treatment (residual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By treatment option (clause 6.1.3 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk lies above the acceptance threshold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) rated above %1 now: each needs treatment, or a justified acceptance by its owner (see the risk treatment plan).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 highest are listed here; the register below holds the other %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk is overdue for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed here; the register below marks the other %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per risk. L is the likelihood and I the impact on the method&apos;s scales; the second line of an entry holds the scenario, the existing controls and the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat / vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing controls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register (clauses 6.1.2, 8.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset inventory is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C / I / A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment plan, clauses 6.1.3 e) and f) and 8.3 of ISO/IEC 27001:2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan sets out how the organisation treats its information security risks (clause 6.1.3 e): for each risk the treatment option and the controls chosen, and the actions that put them in place, with who does them and by when; then the risk owners&apos; acceptance of the residual risks (clause 6.1.3 f). Progress is recorded as the plan is carried out (clause 8.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks with a treatment decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all: %2 open, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptances of residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in force, %2 needing renewal, %3 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no risks yet, so there is nothing to treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment has been decided for any risk yet, and no action is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk with its treatment, followed by its actions. Actions past their due date and not done are marked overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost or effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before treatment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after treatment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment action recorded for this risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment of each risk (clauses 6.1.3 e, 8.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment action has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner named</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actions by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk owner has accepted a residual risk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each acceptance holds the risk as it was rated when accepted. An acceptance needs renewal when the risk&apos;s level, score or treatment has changed since, and runs out on its expiry date (else %n month(s) after it was given, the method&apos;s review interval). Older acceptances of the same risk are superseded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks retained above the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No justification recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk above the acceptance threshold (%1) is retained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance of residual risks (clause 6.1.3 f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no treatment for the risk owners to approve yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, each risk owner approves the treatment of the risks they own as set out in this plan, and accepts the residual risks as stated in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval by the risk owners (clause 6.1.3 f)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTextIndex</name>
    <message>
        <source>the text index&apos;s triggers are not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskVocabulary</name>
    <message>
        <source>Modify (mitigate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain (accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
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
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Soa</name>
    <message>
        <source>Mark %1 applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add own control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete own control %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who approved this version of the SoA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve SoA version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaComparison</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control description</source>
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
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaCompleteness</name>
    <message>
        <source>No decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet on whether the control is applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not applicable without a justification for the exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable, but no reason for inclusion is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but nothing says how it is done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable, but nobody owns the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed on %1, more than %2 months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded but relied on by risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded but relied on by risk treatment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoaCsv</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column &quot;%1&quot;: a second column for %2 (the first is &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: no column names the control (a column headed &quot;%1&quot; is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 cells, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no control given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an Annex A control nor one of this SoA&apos;s own controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears again (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision (use %2, %3 or leave it empty for undecided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for inclusion (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation status (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD, for example 2026-03-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; does not fit the decision &quot;%2&quot; (an excluded control has the status %3, and only an excluded one)</source>
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
        <source>Import SoA from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3 is marked not applicable, but the treatment of %4 plans it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaStore</name>
    <message>
        <source>&quot;%1&quot; is not a decision (use applicable, not_applicable or undecided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an implementation status (use not_started, planned, partial, implemented or not_applicable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of reasons (use risk_treatment, legal, contractual, business).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaVersionStore</name>
    <message>
        <source>An approved version cannot be changed; approve a new version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved version needs a number and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an approved version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableStore</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, for example 2026-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as HH:MM, for example 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision of a row is kept by Rampart and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueRules</name>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (for example 2026-03-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the scale: use 1 to %2 or one of its labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would be updated (dry run: nothing was written)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist of %1. Fill in Result, Evidence, Notes and Interviewed; leave the other columns as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; a worksheet has the columns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 cells but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 appears twice (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 belongs to audit %2, not to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item %1 in the checklist of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result; write one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export stamp &quot;%1&quot; is not the number Rampart wrote; export the worksheet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: item %1 was changed in Rampart after this worksheet was exported (export stamp %2, now %3); enter this row in Rampart by hand or export the worksheet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of item %2 is not the one in Rampart; questions and references are changed in Rampart, not in the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet has no item rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import worksheet into %1</source>
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
    <message>
        <source>Quit once the window is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart</name>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal or regulatory requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractual obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business requirement or good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AcceptDialog</name>
    <message>
        <source>Accept residual risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk owner accepts %1 &lt;b&gt;%2&lt;/b&gt; as it is now: %3 x %4 = %5 %6, treatment: %7. If the rating or treatment changes later, the acceptance will show as needing renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the risk before accepting it: an acceptance is of a rated residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the risk is above the acceptance threshold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the residual risk is acceptable (optional within the threshold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record acceptance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ApproveSoaDialog</name>
    <message>
        <source>Approve this SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving freezes the SoA as it is now, every one of its %1 rows, as version %2. Later changes are compared with it; the approved version itself never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The completeness check still lists %n finding(s); you can approve anyway, with a note.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name and role, as it should appear on the printed SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: approved at the management review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AreaFigures</name>
    <message>
        <source>%1 risks in the register, %2 above the acceptance threshold; %3 treatment actions, %4 overdue; %5 acceptances of residual risk, %6 needing renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit was completed in the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) completed in the last twelve months: %1 checklist items conforming, %2 nonconformities found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nonconformities raised in the last twelve months; %2 open; %3 corrective actions overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AssetModel</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on the impact scale if this property of the asset is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rampart::AssetStore</name>
    <message>
        <source>Every asset needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used by another asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AssetsPanel</name>
    <message>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the asset inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AuditEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IA-2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: name, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit is to find out (clause 9.2.2 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard, policies and procedures audited against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written after the closing meeting, for the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and processes in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With their owners: an auditor who owns an area in scope is flagged, because nobody should audit their own work (clause 9.2.2 b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audited area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audited area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses and controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is generated from these: one question per clause or control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the audit, in date and time order. The agenda is printed in the audit plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate from scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a question for every clause and control in scope that has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the selected major or minor nonconformity into a record in the nonconformity register (Improvement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist as a CSV file to fill in on a machine without Rampart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> worksheet.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet: choose the clauses and controls under &quot;Scope and areas&quot;, then generate the checklist from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s) without a nonconformity record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2. Edit &gt; Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AuditListModel</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned dates have passed and the audit has not been reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 clause or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clauses and controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::AuditsPage</name>
    <message>
        <source>Only what the cycle does not cover yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 9.2: the internal audit programme over the certification cycle, the plan and checklist of each audit, and the external audits in the same calendar. Changes are saved as you make them and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit programme %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the audit programme &quot;%1&quot;? Its audits stay, outside any programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internal audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New external audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its areas, agenda and checklist? Nonconformities raised from it stay in the register. Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audits yet. Plan the internal audits of the cycle with &quot;New internal audit&quot;, and record the certification body&apos;s visits with &quot;New external audit&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the programme is to achieve over the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often audits take place, and how every clause and control is covered once per cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews, record samples, observation, technical checks, remote sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the programme, who may audit, what auditees provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every audit plan contains and when it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom results are reported, and when (clause 9.2.2 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the importance of processes shaped the programme (9.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How earlier audit results shaped the programme (9.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 9.2.2 asks the programme to set frequency, methods, responsibilities, planning requirements and reporting, taking into account the importance of the processes concerned and the results of previous audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit programme yet. Create one (&quot;New programme&quot;) to plan audits over the certification cycle and see what they cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clauses and applicable controls to cover in this cycle: %2 in the scope of an internal audit (%3%), %4 already audited (%5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered in this cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not covered in this cycle, starting with %2.</source>
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
    <name>rampart::ChecklistModel</name>
    <message>
        <source>Add checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding has no nonconformity record yet: raise one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not raised yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ChoiceDelegate</name>
    <message>
        <source>Not decided</source>
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
    <name>rampart::ColourDelegate</name>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::Commands</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the risk method</source>
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
    <name>rampart::CorrectiveActionModel</name>
    <message>
        <source>Overdue: due on %1 and not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::CoverageModel</name>
    <message>
        <source>Audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered in this cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause/control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::DateDelegate</name>
    <message>
        <source>No date</source>
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
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks and %2 assets generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks, %2 assets, %3 treatment actions, %4 acceptances</source>
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
    <name>rampart::HeatMapModel</name>
    <message numerus="yes">
        <source>Likelihood %1 x impact %2 = %3, %4: %n risk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rampart::HeatMapView</name>
    <message>
        <source>Likelihood (rows) by impact (columns). Click a cell to filter the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ImprovementPage</name>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions (10.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continual improvement log (10.1)</source>
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
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
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
    <message>
        <source>Preparing the search of the risks&apos; texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search of the risks&apos; texts reads every text: %1</source>
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
    <name>rampart::MultiSelectDelegate</name>
    <message>
        <source>Choose from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::NonconformityModel</name>
    <message>
        <source>New nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corrective action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::NonconformityPage</name>
    <message>
        <source>Show closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause 10.2: each nonconformity with its correction, root cause and corrective actions. It is closed only after someone has verified that the actions worked. Overdue actions are marked in orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a nonconformity found outside an audit: an incident, a complaint, a management review. Audit findings are raised from the audit&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not raised from an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause (9.1) or an Annex A control (A.8.13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, where, with what evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done at once to contain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happened, so that it does not happen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the actions are done, someone checks that the nonconformity does not come back, and records what they looked at. Only a result of &quot;Effective&quot; allows the nonconformity to be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, and what it showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification and closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its corrective actions? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete nonconformity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformities recorded. Findings of an audit are raised from its checklist (Audits); others, such as incidents and complaints, with &quot;New nonconformity&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a corrective action is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified effective: it can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close %1</source>
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
    <message numerus="yes">
        <source>ISMS under %1 · %n change(s) recorded in this file ·</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>browse the %1 Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control decided applicable yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RecordDelegate</name>
    <message>
        <source>HH:MM</source>
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
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the report</source>
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
    <name>rampart::RiskAcceptanceModel</name>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal: the rating or treatment has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 = %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk acceptance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskAcceptanceStore</name>
    <message>
        <source>An acceptance needs the name of the person who accepts the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance needs the date it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance cannot expire before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the risk before accepting it: an acceptance is of a rated residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk is rated %1, above the acceptance threshold (%2): retaining it needs a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance cannot be moved to another risk; record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no risk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acceptance&apos;s dates must be written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskActionModel</name>
    <message>
        <source>Overdue: due %1 and not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add treatment action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete treatment action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n treatment actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rampart::RiskActionStore</name>
    <message>
        <source>There is no risk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status: use planned, in progress, done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskDetailPane</name>
    <message>
        <source>Select a risk to see its scenario, treatment actions and acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept residual risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen, how, and what it would lead to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what could cause it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weakness it would exploit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, reviews, anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance of the residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 · Status: %2 · Treatment: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained above the acceptance threshold without a valid, justified acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import risks from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import assets from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which field each column of the file goes to. Columns were matched by their headers; change any that are wrong, or choose &quot;not imported&quot;. Values are matched to the risk method by number or label; anything that matches nothing is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read, so nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows can be imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 rows are valid. Nothing is imported unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 risks from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 assets from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskLevelModel</name>
    <message>
        <source>%1 (acceptance threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change risk level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskMatrixModel</name>
    <message>
        <source>%1 x %2 = %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set matrix cell %1 x %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out the matrix by score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskMethodPanel</name>
    <message>
        <source>Delete level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method decides every score and level in the register: score = likelihood x impact, and the matrix maps each cell to a level. A change applies to every risk at once, is recorded in the change log and can be undone. Auditors ask for these criteria: they are printed with the risk reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels and matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest first. Double-click a name to rename it, a colour to change it. Deleting a level moves its cells to the level below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: likelihood (rows) by impact (columns); the number is the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the levels over the matrix by score again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptance criteria (6.1.2 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may accept which risks, and on what conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review risks and acceptances every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the number of levels moves every rating on this scale to the same relative place on the new scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskRegisterModel</name>
    <message>
        <source>%1 open, %2 overdue</source>
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
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 = %3: %4, above the acceptance threshold (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 = %3: %4, within the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained above the acceptance threshold without an acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1 on %2 at %3 x %4 = %5 (%6), treatment %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating or treatment has changed since: the acceptance needs renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open treatment actions, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent likelihood, before planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent impact, before planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent score: likelihood x impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent risk level, from the method&apos;s matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood, with planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual impact, with planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual score: likelihood x impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res. level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk level, from the method&apos;s matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue treatment actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk owner&apos;s acceptance of the residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rampart::RiskRegisterPanel</name>
    <message>
        <source>Inherent risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, scenario, owner, asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets of the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherent %1 x %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual %1 x %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks in the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assets in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks, %2 not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks, all rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above the acceptance threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 treatment actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 acceptances need renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks yet. Add the first with &quot;Add risk&quot;, or bring in a spreadsheet with &quot;Import CSV…&quot; (import the assets first, under Assets, if the risks name them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk matches the filters. &quot;Clear filters&quot; shows the whole register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import risks from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (own control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned controls (Annex A and own)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RiskScaleModel</name>
    <message>
        <source>Change the likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use %n likelihood levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n impact levels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rampart::RiskStore</name>
    <message>
        <source>There is no asset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk needs a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used by another risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name confidentiality (C), integrity (I) or availability (A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a treatment option: use modify, retain, avoid or share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control of ISO/IEC 27001:2022, nor one of the organisation&apos;s own controls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::RisksPage</name>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 6.1.2, 6.1.3, 8.2 and 8.3: the register with inherent and residual ratings, the treatment plan, the asset inventory and the risk method. Changes are saved as you make them and can be undone with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::ScaleDelegate</name>
    <message>
        <source>Not rated</source>
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
    <name>rampart::ScopePicker</name>
    <message>
        <source>Apply to the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 4 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chosen, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaComparisonModel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaDelegate</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaDetailPane</name>
    <message>
        <source>Select a control to read about it and to write down why it is in the SoA, or why not, and how it is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the control is, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks it treats, the law or contract that requires it, or the business reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the control is not needed here (required when it is not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is implemented here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process, tool or configuration that puts the control into practice, and who runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies, procedures, records and tickets an auditor can look at, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own control, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linked risks:&lt;/b&gt; no risk treatment plans this control.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual risk not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Linked risks:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
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
        <source>&lt;p style=&quot;color:gray&quot;&gt;New in the 2022 edition.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;ISO/IEC 27001:2013 predecessors: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for exclusion (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Risks area)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b3261e&quot;&gt;Excluded, but the treatment of these risks relies on it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a risk to open it in the risk register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaFindingModel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaModel</name>
    <message>
        <source>Own controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own controls (none yet: add controls beyond Annex A here, clause 6.1.3 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own controls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded controls are not applicable; change the decision to change the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the control applicable? (clause 6.1.3 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the control is included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (residual risk not rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (residual %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No risk treatment plans this control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded, but these risks&apos; treatment relies on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks whose treatment plans this control, with their residual level (from the risk register; double-click to open one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaPage</name>
    <message>
        <source>Add own control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete own control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this SoA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude a control that risks rely on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment of these risks plans this control:

%1

Mark it not applicable anyway? The risks keep the control in their treatment until you change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a control of your own beyond Annex A (clause 6.1.3 c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected own control and its SoA row (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the SoA from a spreadsheet, matched by control; a file with any problem changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the SoA to a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this SoA: freeze it as a new version with approver, date and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the SoA from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Statement of Applicability.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SoA to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search control, title, owner or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every control again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps an auditor would point at: no decision, an exclusion without justification, an inclusion without a reason, an implemented control without a description, no owner, no review in the last %1 months. Select a finding to go to its control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each approved version is the SoA frozen as it was approved. Select one to see what has changed since, field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness: no gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed since version %1: %n control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 controls decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved: version %1 on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the SoA as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the spreadsheet and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds nothing new: the SoA is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n control(s) changed (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the SoA to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded controls that risks rely on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported. It marks controls not applicable that the treatment of risks plans; the risks keep them until you change their treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; the treatment of %2 no longer plans it (Edit &gt; Undo brings both back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::SoaVersionModel</name>
    <message>
        <source>Version %1</source>
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
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rampart::TreatmentPlanPanel</name>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions, owners, risks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk, e.g. R-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reference of the risk the action treats, e.g. R-004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no risk %1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions, %2 open, &lt;b style=&quot;color:#b71c1c&quot;&gt;%3 overdue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions, %2 open, none overdue</source>
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
<context>
    <name>rampart::schema</name>
    <message>
        <source>the definition of table %1 was not understood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
