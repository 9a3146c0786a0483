import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPublication1795636386939 implements MigrationInterface {
    name = 'AddPublication1795636386939'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "public_exports" ("name" varchar(60) PRIMARY KEY NOT NULL, "storageKey" varchar(255) NOT NULL, "siteCount" integer NOT NULL, "builtAt" datetime NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "sites" ("dataset_id" varchar(36) NOT NULL, "site_id" varchar NOT NULL, "organization_id" varchar(36) NOT NULL, "producer" varchar(120) NOT NULL, "dataset_slug" varchar(120) NOT NULL, "nom" text NOT NULL, "categorie" varchar, "type_site" varchar, "responsable" text, "siret" varchar, "adresse" text, "complement_adresse" text, "code_postal" varchar, "commune" text, "code_insee" varchar, "latitude" double precision, "longitude" double precision, "telephone" text, "courriel" text, "site_web" text, "horaires" text, "mode_accueil" text, "services_partenaires" text, "date_ouverture" varchar(10), "date_fermeture" varchar(10), "statut" varchar(30), "etp" double precision, "site_parent" text, "date_maj" varchar(10), "departement" varchar(3), "region" varchar(3), "epci" varchar(9), PRIMARY KEY ("dataset_id", "site_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_sites_latitude" ON "sites" ("latitude") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_type_site" ON "sites" ("type_site") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_categorie" ON "sites" ("categorie") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_producer" ON "sites" ("producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_commune" ON "sites" ("code_insee", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_epci" ON "sites" ("epci", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_region" ON "sites" ("region", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_departement" ON "sites" ("departement", "producer", "site_id") `);
        await queryRunner.query(`CREATE TABLE "published_versions" ("id" varchar PRIMARY KEY NOT NULL, "datasetId" varchar NOT NULL, "organizationId" varchar NOT NULL, "submissionId" varchar, "approvedById" varchar(100) NOT NULL, "approvedByName" varchar(200) NOT NULL, "status" varchar(20) NOT NULL, "publishAt" datetime NOT NULL, "publishedAt" datetime, "siteCount" integer NOT NULL, "csvSha256" varchar(64) NOT NULL, "csvKey" varchar(255) NOT NULL, "geojsonKey" varchar(255), "xlsxKey" varchar(255), "retractionReason" text, "retractedById" varchar(100), "retractedByName" varchar(200), "retractedAt" datetime, "cancelledById" varchar(100), "cancelledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_published_versions_status_publish_at" ON "published_versions" ("status", "publishAt") `);
        await queryRunner.query(`CREATE INDEX "IDX_published_versions_dataset_status" ON "published_versions" ("datasetId", "status") `);
        await queryRunner.query(`CREATE TABLE "site_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(30) NOT NULL, "date" varchar(10) NOT NULL, "inferred" boolean NOT NULL, "site_id" varchar NOT NULL, "site_name" text NOT NULL, "related_site_id" varchar, "related_site_name" text, "dataset_id" varchar(36) NOT NULL, "organization_id" varchar(36) NOT NULL, "producer" varchar(120) NOT NULL, "departement" varchar(3), "region" varchar(3), "epci" varchar(9), "commune" varchar, "details" text NOT NULL, "published_version_id" varchar(36) NOT NULL, "published_at" varchar(30) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_version" ON "site_events" ("published_version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_commune" ON "site_events" ("commune", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_epci" ON "site_events" ("epci", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_region" ON "site_events" ("region", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_departement" ON "site_events" ("departement", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_date" ON "site_events" ("date") `);
        await queryRunner.query(`CREATE TABLE "site_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "dataset_id" varchar(36) NOT NULL, "site_id" varchar NOT NULL, "organization_id" varchar(36) NOT NULL, "producer" varchar(120) NOT NULL, "version_id" varchar(36) NOT NULL, "ended_by_version_id" varchar(36), "valid_from" varchar(10) NOT NULL, "valid_to" varchar(10), "first_seen" boolean NOT NULL, "categorie" varchar, "type_site" varchar, "statut" varchar(30), "date_ouverture" varchar(10), "date_fermeture" varchar(10), "code_insee" varchar, "latitude" double precision, "longitude" double precision, "departement" varchar(3), "region" varchar(3), "epci" varchar(9), "record" text NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_valid_from" ON "site_history" ("valid_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_departement" ON "site_history" ("departement", "valid_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_ended_by" ON "site_history" ("ended_by_version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_version" ON "site_history" ("version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_site" ON "site_history" ("dataset_id", "site_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_site_history_site"`);
        await queryRunner.query(`DROP INDEX "IDX_site_history_version"`);
        await queryRunner.query(`DROP INDEX "IDX_site_history_ended_by"`);
        await queryRunner.query(`DROP INDEX "IDX_site_history_departement"`);
        await queryRunner.query(`DROP INDEX "IDX_site_history_valid_from"`);
        await queryRunner.query(`DROP TABLE "site_history"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_date"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_departement"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_region"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_epci"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_commune"`);
        await queryRunner.query(`DROP INDEX "IDX_site_events_version"`);
        await queryRunner.query(`DROP TABLE "site_events"`);
        await queryRunner.query(`DROP INDEX "IDX_published_versions_dataset_status"`);
        await queryRunner.query(`DROP INDEX "IDX_published_versions_status_publish_at"`);
        await queryRunner.query(`DROP TABLE "published_versions"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_departement"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_region"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_epci"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_commune"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_producer"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_categorie"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_type_site"`);
        await queryRunner.query(`DROP INDEX "IDX_sites_latitude"`);
        await queryRunner.query(`DROP TABLE "sites"`);
        await queryRunner.query(`DROP TABLE "public_exports"`);
    }

}
