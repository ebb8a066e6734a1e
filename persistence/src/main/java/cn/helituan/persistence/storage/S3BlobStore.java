package cn.helituan.persistence.storage;

import cn.helituan.domain.storage.BlobKey;
import cn.helituan.domain.storage.BlobStore;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Photos in an S3-compatible object store (MinIO in docker-compose, a cloud's S3), through the AWS SDK v2: one object
 * per image and per thumbnail ({@link BlobKey#path()}), path-style addresses (MinIO's and S3Mock's), the bucket
 * created at start when missing. A write is checked against the store's own hash of what it received (the ETag of a
 * single-part upload is the MD5 of its bytes).
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    /** Whether the store takes DeleteObjects (learnt at the first refusal). */
    private volatile boolean batchDeletes = true;

    public S3BlobStore(String endpoint, String region, String accessKey, String secretKey, String bucket) {
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey,
                        secretKey)))
                .forcePathStyle(true)
                // checksums only where the API requires them: not every S3-compatible store speaks the newer ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        this.bucket = bucket;
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    /** Keeps the bytes; refused unless the store's hash of what it received (the ETag's MD5) is theirs. */
    @Override
    public void put(BlobKey key, byte[] bytes) {
        if (bytes == null) {
            remove(key);
            return;
        }
        PutObjectResponse response = s3.putObject(p -> p.bucket(bucket).key(key.path()), RequestBody.fromBytes(bytes));
        String etag = response.eTag() == null ? null : response.eTag().replace("\"", "");
        if (etag != null && !etag.contains("-") && !etag.equalsIgnoreCase(md5(bytes))) {
            throw new IllegalStateException("the store kept other bytes than sent for " + key.path());
        }
    }

    @Override
    public byte[] get(BlobKey key) {
        try {
            return s3.getObjectAsBytes(g -> g.bucket(bucket).key(key.path())).asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        }
    }

    @Override
    public void remove(BlobKey key) {
        s3.deleteObject(d -> d.bucket(bucket).key(key.path()));
    }

    /**
     * Forgets many keys, a thousand to a request (S3's DeleteObjects); one by one where the store does not take that
     * request as the SDK sends it (its checksum header: S3Proxy answers 501 Not Implemented).
     */
    public void removeAll(java.util.Collection<BlobKey> keys) {
        List<BlobKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            List<BlobKey> part = all.subList(from, Math.min(all.size(), from + 1000));
            if (!batchDeletes) {
                part.forEach(this::remove);
                continue;
            }
            List<ObjectIdentifier> ids = part.stream()
                    .map(k -> ObjectIdentifier.builder().key(k.path()).build()).toList();
            DeleteObjectsResponse response;
            try {
                response = s3.deleteObjects(d -> d.bucket(bucket).delete(del -> del.objects(ids).quiet(true)));
            } catch (S3Exception e) {
                if (e.statusCode() != 501) {
                    throw e;
                }
                batchDeletes = false;
                part.forEach(this::remove);
                continue;
            }
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new IllegalStateException("the store did not forget " + response.errors().get(0).key() + ": "
                        + response.errors().get(0).message());
            }
        }
    }

    @Override
    public boolean database() {
        return false;
    }

    @Override
    public void close() {
        s3.close();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
