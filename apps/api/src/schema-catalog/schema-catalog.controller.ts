import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import fs from 'fs';
import { Public } from '../identity/access.decorators';
import { SchemaCatalogService } from './schema-catalog.service';
import { SCHEMA_FILE_NAMES, SCHEMA_FILES } from './schema-files';

class CatalogVersionDto {
  @ApiProperty({ example: '1.0.0' }) version: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'sites-publics/1.0.0/schema.json' }) path: string | null;
}

class CatalogSchemaDto {
  @ApiProperty({ example: 'sites-publics' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: '1.0.0' }) latestVersion: string;
  @ApiProperty({ type: [CatalogVersionDto] }) versions: CatalogVersionDto[];
}

@ApiTags('schemas')
@Controller('schemas')
export class SchemaCatalogController {
  constructor(private readonly catalog: SchemaCatalogService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [CatalogSchemaDto] })
  list(): CatalogSchemaDto[] {
    return this.catalog.list();
  }

  @Get(':name/:version/:file')
  @Public()
  @ApiOperation({ summary: 'Télécharge un fichier d’une version publiée du schéma : le schéma, sa documentation, les modèles CSV et XLSX, la nomenclature, un exemple valide' })
  @ApiParam({ name: 'name', example: 'sites-publics' })
  @ApiParam({ name: 'version', example: '1.0.0' })
  @ApiParam({ name: 'file', enum: SCHEMA_FILE_NAMES })
  @ApiProduces(...new Set(Object.values(SCHEMA_FILES)))
  @ApiOkResponse({ description: 'Le fichier, en pièce jointe (Content-Disposition: attachment)', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'Schéma, version ou fichier inconnu (code SCHEMA_FILE_NOT_FOUND)' })
  download(@Param('name') name: string, @Param('version') version: string, @Param('file') file: string, @Res({ passthrough: true }) response: Response): StreamableFile {
    const found = this.catalog.file(name, version, file);
    response.setHeader('Content-Type', found.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${name}-${version}-${found.fileName}"`);
    return new StreamableFile(fs.createReadStream(found.absolutePath));
  }
}
