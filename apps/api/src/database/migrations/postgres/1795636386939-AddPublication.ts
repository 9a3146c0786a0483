import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPublication1795636386939 implements MigrationInterface {
    name = 'AddPublication1795636386939'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "public_exports" ("name" character varying(60) NOT NULL, "storageKey" character varying(255) NOT NULL, "siteCount" integer NOT NULL, "builtAt" TIMESTAMP NOT NULL, CONSTRAINT "PK_16def32f8c30a6ebc6f94ec5a15" PRIMARY KEY ("name"))`);
        await queryRunner.query(`CREATE TABLE "sites" ("dataset_id" character varying(36) NOT NULL, "site_id" character varying NOT NULL, "organization_id" character varying(36) NOT NULL, "producer" character varying(120) NOT NULL, "dataset_slug" character varying(120) NOT NULL, "nom" text NOT NULL, "categorie" character varying, "type_site" character varying, "responsable" text, "siret" character varying, "adresse" text, "complement_adresse" text, "code_postal" character varying, "commune" text, "code_insee" character varying, "latitude" double precision, "longitude" double precision, "telephone" text, "courriel" text, "site_web" text, "horaires" text, "mode_accueil" text, "services_partenaires" text, "date_ouverture" character varying(10), "date_fermeture" character varying(10), "statut" character varying(30), "etp" double precision, "site_parent" text, "date_maj" character varying(10), "departement" character varying(3), "region" character varying(3), "epci" character varying(9), CONSTRAINT "PK_fa33c7d8a2d6eacf9b360be5721" PRIMARY KEY ("dataset_id", "site_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_sites_latitude" ON "sites"  ("latitude") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_type_site" ON "sites"  ("type_site") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_categorie" ON "sites"  ("categorie") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_producer" ON "sites"  ("producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_commune" ON "sites"  ("code_insee", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_epci" ON "sites"  ("epci", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_region" ON "sites"  ("region", "producer", "site_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_sites_departement" ON "sites"  ("departement", "producer", "site_id") `);
        await queryRunner.query(`CREATE TABLE "published_versions" ("id" uuid NOT NULL, "datasetId" uuid NOT NULL, "organizationId" uuid NOT NULL, "submissionId" uuid, "approvedById" character varying(100) NOT NULL, "approvedByName" character varying(200) NOT NULL, "status" character varying(20) NOT NULL, "publishAt" TIMESTAMP NOT NULL, "publishedAt" TIMESTAMP, "siteCount" integer NOT NULL, "csvSha256" character varying(64) NOT NULL, "csvKey" character varying(255) NOT NULL, "geojsonKey" character varying(255), "xlsxKey" character varying(255), "retractionReason" text, "retractedById" character varying(100), "retractedByName" character varying(200), "retractedAt" TIMESTAMP, "cancelledById" character varying(100), "cancelledAt" TIMESTAMP, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_38b926d3f73e69ba014feae3323" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_published_versions_status_publish_at" ON "published_versions"  ("status", "publishAt") `);
        await queryRunner.query(`CREATE INDEX "IDX_published_versions_dataset_status" ON "published_versions"  ("datasetId", "status") `);
        await queryRunner.query(`CREATE TABLE "site_events" ("id" SERIAL NOT NULL, "kind" character varying(30) NOT NULL, "date" character varying(10) NOT NULL, "inferred" boolean NOT NULL, "site_id" character varying NOT NULL, "site_name" text NOT NULL, "related_site_id" character varying, "related_site_name" text, "dataset_id" character varying(36) NOT NULL, "organization_id" character varying(36) NOT NULL, "producer" character varying(120) NOT NULL, "departement" character varying(3), "region" character varying(3), "epci" character varying(9), "commune" character varying, "details" text NOT NULL, "published_version_id" character varying(36) NOT NULL, "published_at" character varying(30) NOT NULL, CONSTRAINT "PK_a7ff845643777c7b38a1f015127" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_version" ON "site_events"  ("published_version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_commune" ON "site_events"  ("commune", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_epci" ON "site_events"  ("epci", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_region" ON "site_events"  ("region", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_departement" ON "site_events"  ("departement", "date") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_events_date" ON "site_events"  ("date") `);
        await queryRunner.query(`CREATE TABLE "site_history" ("id" SERIAL NOT NULL, "dataset_id" character varying(36) NOT NULL, "site_id" character varying NOT NULL, "organization_id" character varying(36) NOT NULL, "producer" character varying(120) NOT NULL, "version_id" character varying(36) NOT NULL, "ended_by_version_id" character varying(36), "valid_from" character varying(10) NOT NULL, "valid_to" character varying(10), "first_seen" boolean NOT NULL, "categorie" character varying, "type_site" character varying, "statut" character varying(30), "date_ouverture" character varying(10), "date_fermeture" character varying(10), "code_insee" character varying, "latitude" double precision, "longitude" double precision, "departement" character varying(3), "region" character varying(3), "epci" character varying(9), "record" text NOT NULL, CONSTRAINT "PK_c9f2fd95d20ca28e8a1cb27da5c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_valid_from" ON "site_history"  ("valid_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_departement" ON "site_history"  ("departement", "valid_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_ended_by" ON "site_history"  ("ended_by_version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_version" ON "site_history"  ("version_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_site_history_site" ON "site_history"  ("dataset_id", "site_id") `);
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
