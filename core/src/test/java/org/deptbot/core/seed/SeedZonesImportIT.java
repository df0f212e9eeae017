package org.deptbot.core.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.department.Departments;
import org.deptbot.core.reports.ProvisionDeadlines;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.zones.Bounds;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The example department's bounds, zones and template default go in, and once only. */
class SeedZonesImportIT {

  private static final Path EXAMPLE = Path.of("..", "examples", "seed.yml");

  private Zones zones;
  private SeedImporter importer;

  @BeforeEach
  void setUp() {
    MongoTemplate mongo = TestMongo.newDatabase();
    var clock = new MutableClock(Instant.parse("2026-11-21T16:00:00Z"));
    zones = new Zones(mongo);
    importer =
        new SeedImporter(
            new Departments(mongo),
            new StaffMembers(mongo),
            new ChatLinks(mongo),
            new Channels(mongo),
            new Templates(mongo),
            new ProvisionDeadlines(mongo),
            new SeedLedger(mongo),
            new AuditTrail(new AuditLog(mongo, clock)),
            clock,
            zones,
            null,
            null);
  }

  @Test
  void theExampleSeedsZonesAreStoredAndASecondImportChangesNothing() {
    SeedFile seed = new SeedParser().parse(EXAMPLE);

    SeedImportReport first = importer.importSeed("seed.yml", seed);
    SeedImportReport second = importer.importSeed("seed.yml", seed);

    assertThat(first.changes())
        .contains(
            "set the department's bounds",
            "saved zone downtown",
            "saved zone riverside",
            "template special_event names zones [downtown]");
    assertThat(second.changedNothing()).isTrue();
    assertThat(zones.bounds()).contains(Bounds.of(41.80, -88.06, 41.90, -87.94));
    assertThat(zones.all()).extracting(Zone::name).containsExactly("Downtown", "Riverside");
    assertThat(zones.byId("downtown").orElseThrow()).isEqualTo(seed.zones().get(0));
    assertThat(zones.byId("riverside").orElseThrow().circle().radiusKm()).isEqualTo(1.2);
    assertThat(zones.defaultsFor("special_event")).containsExactly("downtown");
    assertThat(zones.defaultsFor("road_closure")).isEmpty();
  }
}
