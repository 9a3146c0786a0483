#!/bin/sh
# One-shot (service minio-init): the bucket, and an application account limited to it, so that the API never holds
# MinIO's root credentials. Safe to run again: every step is idempotent.
set -eu
bucket=maillage

until mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null 2>&1; do
  echo "MinIO pas encore prêt, nouvel essai dans 2 s…"
  sleep 2
done

mc mb --ignore-existing "local/$bucket"
mc admin policy create local maillage-app /etc/maillage/maillage-app-policy.json
mc admin user add local "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"
if ! mc admin user info local "$S3_ACCESS_KEY_ID" | grep -q maillage-app; then
  mc admin policy attach local maillage-app --user "$S3_ACCESS_KEY_ID"
fi
echo "Bucket « $bucket » prêt pour le compte « $S3_ACCESS_KEY_ID »."
