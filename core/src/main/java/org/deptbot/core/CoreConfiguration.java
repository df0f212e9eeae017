package org.deptbot.core;

import java.time.Clock;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditAnchor;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.audit.ChainVerifier;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.config.DeptbotProperties;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.delivery.Deliveries;
import org.deptbot.core.delivery.DeliveryPlanner;
import org.deptbot.core.department.Departments;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.enrollment.EnrollmentProperties;
import org.deptbot.core.files.FileCleaner;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.leases.RoundsProperties;
import org.deptbot.core.notices.GuardrailProperties;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeDrafts;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.records.FindingRetention;
import org.deptbot.core.records.LegalHolds;
import org.deptbot.core.records.RecordsExport;
import org.deptbot.core.records.RetentionProperties;
import org.deptbot.core.records.RetentionPurge;
import org.deptbot.core.reports.CaseAccess;
import org.deptbot.core.reports.CaseHandover;
import org.deptbot.core.reports.CaseSearch;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.reports.OriginalFiles;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.seed.SeedImporter;
import org.deptbot.core.seed.SeedLedger;
import org.deptbot.core.seed.SeedOnStartup;
import org.deptbot.core.seed.SeedParser;
import org.deptbot.core.seed.StaffImport;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.Roster;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.PostWording;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateSamples;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeReader;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.VariableRules;
import org.deptbot.core.tips.TipAccess;
import org.deptbot.core.tips.TipPhotoOriginals;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.deptbot.core.zones.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The core's pieces as Spring beans, an auto-configuration (listed in {@code
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}): the bot and
 * the admin console get it by having core on their class path, after Spring Boot's MongoDB
 * configuration it needs. The classes themselves know nothing of Spring beyond mapping annotations,
 * so unit tests build them by hand.
 */
@AutoConfiguration(after = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class})
@EnableConfigurationProperties({
  DeptbotProperties.class,
  EnrollmentProperties.class,
  RetentionProperties.class,
  FindingRetention.class,
  GuardrailProperties.class,
  RoundsProperties.class
})
public class CoreConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Which scheduled rounds this process runs when several share the database: one lease per round
   * ({@code deptbot.rounds.lease-ttl}), given back when the process stops.
   */
  @Bean
  RoundLeases roundLeases(MongoOperations mongo, Clock clock, RoundsProperties rounds) {
    return new RoundLeases(mongo, clock, rounds.leaseTtl());
  }

  /** Named to replace Boot's own Mongo check, which sends a command the embedded server lacks. */
  @Bean("mongoHealthContributor")
  MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }

  /** Write concern and retryable writes for the MongoDB client, by the URI unless set. */
  @Bean
  MongoWriteSettings mongoWriteSettings(
      ObjectProvider<MongoConnectionDetails> connection, Environment environment) {
    return new MongoWriteSettings(
        connection, environment.getProperty("deptbot.storage.write-concern", ""));
  }

  /** Indexes of queries on a hot path whose stores create none (see docs/data-model.md). */
  @Bean
  HotPathIndexes hotPathIndexes(MongoOperations mongo) {
    return new HotPathIndexes(mongo);
  }

  /** Every store's indexes, in one step before anything starts. */
  @Bean
  DatabaseAtStartup databaseAtStartup(
      ObjectProvider<IndexedStore> stores,
      ObjectProvider<SeedOnStartup> seed,
      ObjectProvider<StartupWrites> writes) {
    return new DatabaseAtStartup(stores, seed, writes);
  }

  @Bean
  Authorization authorization() {
    return new Authorization();
  }

  @Bean
  AuditLog auditLog(MongoOperations mongo, Clock clock) {
    return new AuditLog(mongo, clock);
  }

  @Bean
  AuditTrail auditTrail(AuditLog log) {
    return new AuditTrail(log);
  }

  @Bean
  ChainVerifier chainVerifier(MongoOperations mongo) {
    return new ChainVerifier(mongo);
  }

  /** Only the method; the bot schedules it. */
  @Bean
  AuditAnchor auditAnchor(AuditLog auditLog) {
    return new AuditAnchor(auditLog);
  }

  @Bean
  Departments departments(MongoOperations mongo) {
    return new Departments(mongo);
  }

  @Bean
  StaffMembers staffMembers(MongoOperations mongo) {
    return new StaffMembers(mongo);
  }

  @Bean
  Roster roster(StaffMembers staff) {
    return new Roster(staff);
  }

  @Bean
  ChatLinks chatLinks(MongoOperations mongo) {
    return new ChatLinks(mongo);
  }

  @Bean
  Channels channels(MongoOperations mongo) {
    return new Channels(mongo);
  }

  @Bean
  ChatMigrations chatMigrations(MongoOperations mongo, AuditLog auditLog) {
    return new ChatMigrations(mongo, auditLog);
  }

  @Bean
  Enrollment enrollment(
      MongoOperations mongo,
      StaffMembers staff,
      ChatLinks links,
      EnrollmentProperties limits,
      Clock clock) {
    return new Enrollment(mongo, staff, links, limits, clock);
  }

  @Bean
  Notices notices(MongoOperations mongo, Clock clock) {
    return new Notices(mongo, clock);
  }

  @Bean
  NoticeDrafts noticeDrafts(MongoOperations mongo, Notices notices, Clock clock) {
    return new NoticeDrafts(mongo, notices, clock);
  }

  /** Issuing, updating, cancelling and found, for the chat and the console alike. */
  @Bean
  NoticeDesk noticeDesk(
      NoticeDrafts drafts,
      Notices notices,
      Templates templates,
      Authorization authorization,
      AuditTrail audit,
      Clock clock,
      Zones zones,
      Guardrails guardrails,
      Departments departments,
      TimeShown shown,
      DeptbotProperties settings) {
    PostWording wording = TimeShown.bundled();
    return new NoticeDesk(
        drafts,
        notices,
        templates,
        authorization,
        audit,
        clock,
        zones,
        guardrails,
        new NoticeTexts(departments, wording, shown),
        wording,
        new NoticeDesk.EmergencyTerms(
            settings.notices().emergencyReviewWithin(), settings.notices().emergencyLasts()));
  }

  @Bean
  NoticePhotos noticePhotos(MongoOperations mongo) {
    return new NoticePhotos(mongo);
  }

  @Bean
  Subscribers subscribers(MongoOperations mongo, Clock clock) {
    return new Subscribers(mongo, clock);
  }

  @Bean
  Deliveries deliveries(MongoOperations mongo) {
    return new Deliveries(mongo);
  }

  @Bean
  DeliveryPlanner deliveryPlanner(
      Notices notices,
      Channels channels,
      Subscribers subscribers,
      Deliveries deliveries,
      Clock clock) {
    return new DeliveryPlanner(notices, channels, subscribers, deliveries, clock);
  }

  @Bean
  Reports reports(MongoOperations mongo, Clock clock) {
    return new Reports(mongo, clock);
  }

  @Bean
  EarlyIntervention earlyIntervention(MongoOperations mongo) {
    return new EarlyIntervention(mongo);
  }

  /** The provisions' own acknowledgement deadlines, as the seed file last set them. */
  @Bean
  ProvisionDeadlines provisionDeadlines(MongoOperations mongo) {
    return new ProvisionDeadlines(mongo);
  }

  /** The department's findings, as the seed file last set them (the standard five otherwise). */
  @Bean
  Findings findings(MongoOperations mongo) {
    return new Findings(mongo);
  }

  @Bean
  CaseSearch caseSearch(MongoOperations mongo) {
    return new CaseSearch(mongo);
  }

  @Bean
  CaseAccess caseAccess(Authorization authorization) {
    return new CaseAccess(authorization);
  }

  /** Cleans sent files before anyone sees them; refuses pictures above 40 megapixels. */
  @Bean
  FileCleaner fileCleaner() {
    return new FileCleaner();
  }

  /**
   * Evidence files: 10 MB each, 25 MB and 10 files per case; originals sealed with the department
   * key (each application defines its {@link ReporterSeal}).
   */
  @Bean
  EvidenceStore evidenceStore(
      MongoTemplate mongo, Clock clock, ReporterSeal seal, FileCleaner cleaner) {
    return new EvidenceStore(mongo, clock, seal, cleaner, EvidenceStore.MAX_FILE, 25L << 20, 10);
  }

  @Bean
  OriginalFiles originalFiles(
      EvidenceStore evidence, Authorization authorization, AuditTrail audit) {
    return new OriginalFiles(evidence, authorization, audit);
  }

  @Bean
  Triage triage(
      Reports reports,
      StaffMembers staff,
      CaseAccess access,
      AuditTrail audit,
      Clock clock,
      DeptbotProperties settings,
      Findings findings) {
    return new Triage(
        reports,
        staff,
        access,
        settings.reports().conflictsToInternalAffairs(),
        audit,
        clock,
        findings);
  }

  @Bean
  CaseHandover caseHandover(
      Reports reports,
      StaffMembers staff,
      AuditTrail audit,
      Clock clock,
      DeptbotProperties settings) {
    return new CaseHandover(
        reports, staff, settings.reports().conflictsToInternalAffairs(), audit, clock);
  }

  @Bean
  Tips tips(MongoOperations mongo, Clock clock) {
    return new Tips(mongo, clock);
  }

  /** Tip photos: cleaned copies, originals sealed with the department key. */
  @Bean
  TipPhotos tipPhotos(MongoOperations mongo, ReporterSeal seal, FileCleaner cleaner, Clock clock) {
    return new TipPhotos(mongo, seal, cleaner, clock);
  }

  @Bean
  TipPhotoOriginals tipPhotoOriginals(
      TipPhotos photos, Authorization authorization, AuditTrail audit) {
    return new TipPhotoOriginals(photos, authorization, audit);
  }

  @Bean
  Templates templates(MongoOperations mongo) {
    return new Templates(mongo);
  }

  /**
   * What each kind of blank accepts, times read in the department's zone ({@code
   * deptbot.time-zone}) and date order ({@code deptbot.date-order}: MDY, DMY or YMD).
   */
  @Bean
  VariableRules variableRules(Clock clock, DeptbotProperties settings, TimeShown shown) {
    return new VariableRules(
        new TimeReader(clock, settings.timeZone(), settings.dateOrder()), shown);
  }

  /** Sample answers for previewing a template to its approver. */
  @Bean
  TemplateSamples templateSamples(VariableRules rules) {
    return new TemplateSamples(rules);
  }

  /** Every time shown to a person, in the department's zone with its abbreviation. */
  @Bean
  TimeShown timeShown(Clock clock, DeptbotProperties settings) {
    return new TimeShown(clock, settings.timeZone(), TimeShown.bundled());
  }

  /** The content checks of every notice, in chat and in the console alike. */
  @Bean
  Guardrails guardrails(GuardrailProperties properties) {
    return properties.guardrails();
  }

  @Bean
  ApprovalReminders approvalReminders(MongoOperations mongo) {
    return new ApprovalReminders(mongo);
  }

  @Bean
  TemplateApprovals templateApprovals(
      Templates templates, Authorization authorization, Clock clock) {
    return new TemplateApprovals(templates, authorization, clock);
  }

  @Bean
  LegalHolds legalHolds(
      MongoOperations mongo, Authorization authorization, AuditTrail audit, Clock clock) {
    return new LegalHolds(mongo, authorization, audit, clock);
  }

  /** Only the method; the console schedules it. */
  @Bean
  RetentionPurge retentionPurge(
      MongoOperations mongo,
      EvidenceStore evidence,
      LegalHolds holds,
      RetentionProperties schedule,
      FindingRetention byFinding,
      Findings findings,
      AuditLog auditLog,
      AuditTrail audit,
      Clock clock) {
    return new RetentionPurge(
        mongo, evidence, holds, schedule, byFinding, findings, auditLog, audit, clock);
  }

  /** Only the tips desk reads tips ({@code DEPTBOT_TIPS_DESK_ROLE}, dispatchers by default). */
  @Bean
  TipAccess tipAccess(DeptbotProperties settings) {
    return new TipAccess(settings.tips().deskRole());
  }

  @Bean
  RecordsExport recordsExport(
      MongoOperations mongo,
      Authorization authorization,
      CaseAccess caseAccess,
      TipAccess tipAccess,
      AuditLog auditLog,
      Deliveries deliveries,
      EvidenceStore evidence,
      NoticePhotos noticePhotos,
      StaffMembers staff,
      LegalHolds holds,
      AuditTrail audit,
      Clock clock) {
    return new RecordsExport(
        mongo,
        authorization,
        new RecordsExport.ReadAccess(caseAccess, tipAccess),
        new RecordsExport.ExportSources(auditLog, deliveries, evidence, noticePhotos, staff),
        holds,
        audit,
        clock);
  }

  @Bean
  SeedImporter seedImporter(
      Departments departments,
      StaffMembers staff,
      ChatLinks links,
      Channels channels,
      Templates templates,
      ProvisionDeadlines deadlines,
      MongoOperations mongo,
      AuditTrail audit,
      Clock clock,
      Zones zones,
      Findings findings,
      TestMessages testMessages) {
    return new SeedImporter(
        departments,
        staff,
        links,
        channels,
        templates,
        deadlines,
        new SeedLedger(mongo),
        audit,
        clock,
        zones,
        findings,
        testMessages);
  }

  @Bean
  TestMessages testMessages(MongoOperations mongo) {
    return new TestMessages(mongo);
  }

  @Bean
  Zones zones(MongoOperations mongo) {
    return new Zones(mongo);
  }

  /** The console's roster import; the seed file goes through {@link SeedImporter}. */
  @Bean
  StaffImport staffImport(StaffMembers staff, ChatLinks links, Clock clock) {
    return new StaffImport(staff, links, clock);
  }

  @Bean
  SeedOnStartup seedOnStartup(DeptbotProperties settings, SeedImporter importer) {
    return new SeedOnStartup(settings.seedFile(), new SeedParser(), importer);
  }
}
