package org.deptbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

class MongoWriteSettingsTest {

  private static MongoWriteSettings.Decision decide(String uri, String configured) {
    return MongoWriteSettings.decide(new ConnectionString(uri), configured);
  }

  @Test
  void aReplicaSetNamedInTheUriGetsMajorityAndRetries() {
    var decision = decide("mongodb://db1:27017/deptbot?replicaSet=rs0", "");

    assertThat(decision.writeConcern()).isEqualTo(WriteConcern.MAJORITY);
    assertThat(decision.retryWrites()).isTrue();
    assertThat(decision.writeConcernName()).isEqualTo("majority");
  }

  @Test
  void severalHostsOrAnSrvNameCountAsAReplicaSet() {
    assertThat(decide("mongodb://db1,db2,db3/deptbot", "auto").writeConcern())
        .isEqualTo(WriteConcern.MAJORITY);
    assertThat(decide("mongodb+srv://cluster0.example.net/deptbot", "").writeConcern())
        .isEqualTo(WriteConcern.MAJORITY);
  }

  @Test
  void aSingleServerKeepsTheDriversDefault() {
    var decision = decide("mongodb://127.0.0.1:27017", null);

    assertThat(decision.writeConcern()).isNull();
    assertThat(decision.retryWrites()).isTrue();
    assertThat(decision.writeConcernName()).isEqualTo("the driver's default");
  }

  @Test
  void whatTheUriSaysWinsOverTheDefaultChoice() {
    var decision = decide("mongodb://db1,db2/deptbot?w=1&retryWrites=false", "");

    assertThat(decision.writeConcern().getW()).isEqualTo(1);
    assertThat(decision.retryWrites()).isFalse();
  }

  @Test
  void aSetValueWinsOverTheUri() {
    assertThat(decide("mongodb://db1,db2/?w=1", "majority").writeConcern())
        .isEqualTo(WriteConcern.MAJORITY);
    assertThat(decide("mongodb://db1,db2/", "default").writeConcern()).isNull();
    assertThat(decide("mongodb://db1,db2/", "2").writeConcern().getW()).isEqualTo(2);
  }

  @Test
  void anUnknownValueIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> decide("mongodb://db1/", "all of them"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DEPTBOT_STORAGE_WRITE_CONCERN")
        .hasMessageContaining("majority");
  }

  @Test
  void theDecisionReachesTheClientSettings() {
    var settings = MongoClientSettings.builder().retryWrites(false);
    decide("mongodb://db1/?replicaSet=rs0", "").applyTo(settings);

    var built = settings.build();
    assertThat(built.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    assertThat(built.getRetryWrites()).isTrue();
  }
}
