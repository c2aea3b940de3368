package org.gridgov.gateway.limits;

import org.gridgov.gateway.limits.BucketChoice.Bucket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.gateway.limits.BucketChoice.Tier.PER_ADDRESS;
import static org.gridgov.gateway.limits.BucketChoice.Tier.PER_USER;
import static org.gridgov.gateway.limits.BucketChoice.Tier.PUBLIC_PATHS;
import static org.gridgov.gateway.limits.BucketChoice.WithoutStore.REFUSE;
import static org.gridgov.gateway.limits.BucketChoice.WithoutStore.THIS_REPLICAS_BUCKET;

class BucketChoiceTest {

    @Test
    void residentsOnThePublicApiCountPerClient() {
        Bucket first = BucketChoice.of("/api/public/cases/TRK-7Q2M9", "GET", null, "203.0.113.7");
        Bucket second = BucketChoice.of("/api/public/cases", "POST", null, "203.0.113.8");

        assertThat(first.key()).isEqualTo("public:203.0.113.7");
        assertThat(first.tier()).isEqualTo(PUBLIC_PATHS);
        assertThat(second.key()).isEqualTo("public:203.0.113.8");
    }

    @Test
    void anAccountCountsPerTokenSubjectWhereverItCallsFrom() {
        Bucket office = BucketChoice.of("/api/cases", "GET", "gw-130527100201001", "10.1.2.3");
        Bucket field = BucketChoice.of("/api/cases/8f0c2f4e", "POST", "gw-130527100201001", "198.51.100.9");

        assertThat(office.key()).isEqualTo("user:gw-130527100201001").isEqualTo(field.key());
        assertThat(office.tier()).isEqualTo(PER_USER);
    }

    @Test
    void anAnonymousCallerOutsideThePublicApiCountsPerClient() {
        Bucket bucket = BucketChoice.of("/api/categories", "GET", null, "203.0.113.7");

        assertThat(bucket.key()).isEqualTo("address:203.0.113.7");
        assertThat(bucket.tier()).isEqualTo(PER_ADDRESS);
    }

    @Test
    void anIpv6ClientIsItsSlash64SoNewAddressesOfOneNetworkShareABucket() {
        Bucket one = BucketChoice.of("/api/public/cases", "GET", null, "2001:db8:7:1::17");
        Bucket another = BucketChoice.of("/api/public/cases", "GET", null, "2001:db8:7:1:a9c4:ffee:1:2");
        Bucket neighbour = BucketChoice.of("/api/public/cases", "GET", null, "2001:db8:7:2::17");

        assertThat(one.key()).isEqualTo(another.key()).isEqualTo("public:2001:db8:7:1:0:0:0:0/64");
        assertThat(neighbour.key()).isNotEqualTo(one.key());
    }

    @Test
    void anIpv4ClientWrittenAsIpv6IsTheIpv4Client() {
        assertThat(BucketChoice.client("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
        assertThat(BucketChoice.client("gateway.example")).isEqualTo("gateway.example");
    }

    @Test
    void withoutTheSharedStoreAnAccountAndAnonymousReadsUseThisReplicasBucket() {
        assertThat(BucketChoice.of("/api/cases", "POST", "cc-130527", "10.1.2.3").withoutStore())
                .isEqualTo(THIS_REPLICAS_BUCKET);
        assertThat(BucketChoice.of("/api/public/cases/TRK-7Q2M9", "GET", null, "203.0.113.7").withoutStore())
                .isEqualTo(THIS_REPLICAS_BUCKET);
        assertThat(BucketChoice.of("/api/categories", "HEAD", null, "203.0.113.7").withoutStore())
                .isEqualTo(THIS_REPLICAS_BUCKET);
    }

    @Test
    void withoutTheSharedStoreAnAnonymousWriteIsRefused() {
        assertThat(BucketChoice.of("/api/public/cases", "POST", null, "203.0.113.7").withoutStore()).isEqualTo(REFUSE);
        assertThat(BucketChoice.of("/api/public/cases/TRK-7Q2M9/rating", "PUT", null, "203.0.113.7").withoutStore())
                .isEqualTo(REFUSE);
        assertThat(BucketChoice.of("/api/cases", "DELETE", null, "203.0.113.7").withoutStore()).isEqualTo(REFUSE);
    }
}
