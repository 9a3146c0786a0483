import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/access.decorators';
import { SchemaCatalogService } from './schema-catalog.service';

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
}
